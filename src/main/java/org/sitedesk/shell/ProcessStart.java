package org.sitedesk.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * When this process started, in epoch milliseconds, for the start-up figures ({@code ready <ms>} and
 * the log's phases). On Linux {@code ProcessHandle} adds the process's start, counted in clock ticks
 * since boot, to the boot time counted in whole seconds, which puts it up to a second too early;
 * here the process's age is read against the system's uptime instead, both in hundredths of a second.
 */
public final class ProcessStart {
    /** Linux's USER_HZ, the unit of the start time in {@code /proc/self/stat}, on every architecture it runs on. */
    private static final double TICKS_PER_SECOND = 100;

    private ProcessStart() {
    }

    public static long epochMillis() {
        long now = System.currentTimeMillis();
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // the fields after the command name, which is in parentheses and may hold spaces: state is field 3, start time 22
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
            double startedAfterBoot = Long.parseLong(fields[22 - 3]) / TICKS_PER_SECOND;
            double uptime = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            return now - Math.round((uptime - startedAfterBoot) * 1000);
        } catch (IOException | RuntimeException e) {
            return ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli).orElse(now);
        }
    }
}
