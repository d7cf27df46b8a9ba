package org.sitedesk.shell;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes each start-up phase to the log: when it ended after the JVM started, and how long it held
 * the FX thread (or which thread did it), so a slow morning start can be told apart from a slow
 * database or disk. Passes ready and failure on to the listener behind it.
 */
final class StartupLog implements WindowDependencies.StartupListener {
    private static final Logger LOG = LoggerFactory.getLogger(StartupLog.class);

    private final long jvmStart;
    private final WindowDependencies.StartupListener then;

    StartupLog(long jvmStart, WindowDependencies.StartupListener then) {
        this.jvmStart = jvmStart;
        this.then = then;
    }

    @Override
    public void phase(String name, Duration onFxThread) {
        LOG.info("start-up {}: {} ms after the JVM started, {} ms on the FX thread", name, sinceStart(), onFxThread.toMillis());
    }

    @Override
    public void background(String name, Duration took, String thread) {
        LOG.info("start-up {}: {} ms after the JVM started, {} ms on thread {}", name, sinceStart(), took.toMillis(), thread);
    }

    @Override
    public void ready() {
        LOG.info("start-up ready: {} ms after the JVM started", sinceStart());
        then.ready();
    }

    @Override
    public void failed(String sentence) {
        then.failed(sentence);
    }

    private long sinceStart() {
        return System.currentTimeMillis() - jvmStart;
    }
}
