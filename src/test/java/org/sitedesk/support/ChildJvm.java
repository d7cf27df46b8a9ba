package org.sitedesk.support;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A second Java process on this machine, started from the test's own class path, as another
 * SiteDesk (a second counter, or the one that is about to crash) would be: the test reads what it
 * prints line by line, writes to its input, and can kill it outright ({@code destroyForcibly}: no
 * shutdown hook, no finally block, no pool closed), as a power cut or a task manager would.
 */
public final class ChildJvm implements AutoCloseable {
    /** System properties the child needs to run as the test does: which engine, which time zone, quiet logs. */
    private static final List<String> PASSED_ON = List.of("sitedesk.test.engine", "user.timezone", "file.encoding",
            "org.slf4j.simpleLogger.defaultLogLevel", "org.jooq.no-logo", "org.jooq.no-tips");
    private static final String ENDED = "\u0000ended";

    private final String name;
    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> output = new ArrayList<>();
    private final Writer input;
    private final Thread reader;

    private ChildJvm(String name, Process process) {
        this.name = name;
        this.process = process;
        this.input = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        this.reader = new Thread(this::read, name + " output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code main} with {@code args} in a new JVM; its standard error is read with its output. */
    public static ChildJvm start(String name, Class<?> main, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx768m");
        for (String property : PASSED_ON) {
            String value = System.getProperty(property);
            if (value != null) {
                command.add("-D" + property + "=" + value);
            }
        }
        command.add("-cp");
        command.add(classPath());
        command.add(main.getName());
        command.addAll(List.of(args));
        try {
            return new ChildJvm(name, new ProcessBuilder(command).redirectErrorStream(true).start());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
    }

    /**
     * The class path this test runs from: the JVM's own under Surefire; the class loader's when a
     * benchmark runs inside Maven (exec:java), where the JVM's class path is Maven's launcher.
     */
    private static String classPath() {
        ClassLoader loader = ChildJvm.class.getClassLoader();
        if (loader instanceof URLClassLoader urls && urls.getURLs().length > 0) {
            List<String> entries = new ArrayList<>();
            for (URL url : urls.getURLs()) {
                try {
                    entries.add(Path.of(url.toURI()).toString());
                } catch (URISyntaxException | IllegalArgumentException e) {
                    throw new IllegalStateException("Not a file on the class path: " + url, e);
                }
            }
            return String.join(File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }

    private void read() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                synchronized (output) {
                    output.add(line);
                }
                lines.add(line);
            }
        } catch (IOException killed) {
            // the process died mid-line: what it printed before is in the output
        } finally {
            lines.add(ENDED);
        }
    }

    /**
     * Waits for the next line that {@code wanted} accepts and returns it; fails, with everything the
     * child printed, when it ends or the time is up first.
     */
    public String awaitLine(Predicate<String> wanted, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (line == null) {
                    throw new AssertionError(name + " printed no awaited line within " + timeout + "; it printed:\n" + output());
                }
                if (ENDED.equals(line)) {
                    lines.add(ENDED);
                    throw new AssertionError(name + " ended before the awaited line; it printed:\n" + output());
                }
                if (wanted.test(line)) {
                    return line;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for " + name, e);
        }
    }

    /** Sends one line to the child's standard input. */
    public void tell(String line) {
        try {
            input.write(line + System.lineSeparator());
            input.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(name + " does not listen", e);
        }
    }

    /**
     * Kills the process at once (SIGKILL on Linux) and waits until it is gone and every line it
     * printed before dying has been read.
     */
    public void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new AssertionError(name + " still runs 30 s after being killed");
            }
            reader.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for " + name + " to die", e);
        }
    }

    /** Waits for the process to end by itself and returns its exit code; fails with its output if it does not. */
    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError(name + " did not end within " + timeout + "; it printed:\n" + output());
            }
            reader.join(10_000);
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for " + name, e);
        }
    }

    /** Every line printed so far. */
    public List<String> lines() {
        synchronized (output) {
            return List.copyOf(output);
        }
    }

    public String output() {
        return String.join("\n", lines());
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }
}
