package org.sitedesk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** The start-up figures count from the process's start, to within a few hundredths of a second. */
class ProcessStartTest {
    @Test
    void theProcessStartedJustBeforeTheJvmRecordedItsOwnStart() {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();

        long processStart = ProcessStart.epochMillis();

        // the JVM records its start once it is loaded, some milliseconds after the process began;
        // counted from the boot time in whole seconds, the process would seem up to a second earlier
        assertThat(processStart).isLessThanOrEqualTo(jvmStart + 20).isGreaterThan(jvmStart - 500);
    }
}
