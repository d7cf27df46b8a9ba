package org.sitedesk.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Start-up against a bare window (issue: both {@code --smoke} and {@code --smoke --demo} within 1.5× of
 * a bare JavaFX window shown by the same JVM on the same machine in the same run). Each is started as
 * its own process with the same Java, class path and the program's JVM options, and each with its own
 * class-data sharing archive written by a first start, as {@code ./sitedesk} and the installed
 * program start; rounds alternate so load on the machine falls on all three alike. The first start
 * also builds the day's demo database.
 */
final class StartupBenchmark {
    private static final int ROUNDS = 5;
    private static final double BUDGET = 1.5;
    private static final Path JAR = Path.of("target", "sitedesk.jar");

    private StartupBenchmark() {
    }

    static List<Figure> run(Path scratch) throws Exception {
        if (System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isBlank()) {
            return List.of(Figure.skipped("start-up (--smoke, --smoke --demo) against a bare window", "≤ 1.50×",
                    "no display (bench/run uses xvfb-run when it is installed)"));
        }
        for (String kind : List.of("bare", "smoke", "demo")) {
            start(scratch, kind, true);
        }
        double[] bare = new double[ROUNDS];
        double[] smoke = new double[ROUNDS];
        double[] demo = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            bare[round] = start(scratch, "bare", false);
            smoke[round] = start(scratch, "smoke", false);
            demo[round] = start(scratch, "demo", false);
        }
        double baseline = new Timings(bare).median();
        double window = new Timings(smoke).median();
        double withDemo = new Timings(demo).median();
        return List.of(
                Figure.of("start-up: bare JavaFX window (baseline)", "", String.format("%.0f ms", baseline), true),
                Figure.ratio("start-up: sitedesk --smoke", BUDGET, String.format("%.0f ms", window), window / baseline),
                Figure.ratio("start-up: sitedesk --smoke --demo", BUDGET, String.format("%.0f ms", withDemo),
                        withDemo / baseline));
    }

    /** Starts one kind; {@code archiving} writes its class archive, else the archive is used. */
    private static double start(Path scratch, String kind, boolean archiving) throws IOException, InterruptedException {
        Path archive = scratch.resolve("cds-" + kind + ".jsa");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        Files.readAllLines(Path.of("installer", "jvm.options")).stream().map(String::trim)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(command::add);
        command.addAll(List.of(archiving ? "-XX:ArchiveClassesAtExit=" + archive : "-XX:SharedArchiveFile=" + archive,
                "-Xlog:disable", "-Duser.home=" + scratch, "-Dorg.slf4j.simpleLogger.logFile=System.err"));
        // the program starts from its jar, as ./sitedesk and the installers start it: a class archive
        // holds classes from jars only, so started from target/classes it would load its own classes anew
        command.addAll(switch (kind) {
            case "bare" -> List.of("-cp", System.getProperty("java.class.path"), BareWindow.class.getName());
            case "smoke" -> List.of("-jar", JAR.toString(), "--smoke");
            default -> List.of("-jar", JAR.toString(), "--smoke", "--demo");
        });
        String main = kind;
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("XDG_DATA_HOME", scratch.resolve("data").toString());
        Files.createDirectories(scratch);
        // timed here, from starting the process to its ready line: the same clock for all three kinds,
        // JVM start included, as a clerk waits for it
        long started = System.nanoTime();
        Process process = builder.start();
        StringBuilder output = new StringBuilder();
        double ready = -1;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (ready < 0 && line.startsWith("ready ")) {
                    ready = (System.nanoTime() - started) / 1e6;
                }
                output.append(line).append('\n');
            }
        }
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(main + " did not finish");
        }
        if (ready < 0) {
            throw new IllegalStateException(main + " printed no ready line:\n" + output);
        }
        return ready;
    }
}
