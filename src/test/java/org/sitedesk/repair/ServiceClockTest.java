package org.sitedesk.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The two clocks of a request (DOMAIN.md repair service levels) at their edges: exactly at the limit,
 * amber at 75 %, holds that stop and restart the clock, appointments, across midnight.
 */
class ServiceClockTest {
    private static final ZoneId SITE = ZoneId.of("Asia/Shanghai");

    private static Instant at(int day, int hour, int minute) {
        return LocalDateTime.of(2026, 11, day, hour, minute).atZone(SITE).toInstant();
    }

    private static ServiceClock emergency(List<Hold> holds) {
        return new ServiceClock(at(23, 9, 0), Duration.ofMinutes(30), holds, Optional.empty());
    }

    @Test
    void inTimeUntilSeventyFivePerCentThenAmberThenOverdueAfterTheLimit() {
        ServiceClock clock = emergency(List.of());

        assertThat(clock.state(at(23, 9, 22))).isEqualTo(ClockState.IN_TIME);
        assertThat(clock.state(at(23, 9, 23).minusSeconds(30))).as("22.5 of 30 minutes").isEqualTo(ClockState.AMBER);
        assertThat(clock.state(at(23, 9, 30))).as("exactly at the limit").isEqualTo(ClockState.AMBER);
        assertThat(clock.remaining(at(23, 9, 30))).isEqualTo(Duration.ZERO);
        assertThat(clock.state(at(23, 9, 30).plusSeconds(1))).isEqualTo(ClockState.OVERDUE);
        assertThat(clock.remaining(at(23, 9, 45))).isEqualTo(Duration.ofMinutes(-15));
    }

    @Test
    void aHoldStopsTheClockAndItRestartsWhenTheHoldEnds() {
        Hold waitingForParts = new Hold(at(23, 9, 10), Optional.of(at(23, 11, 10)), "等配件");
        ServiceClock clock = emergency(List.of(waitingForParts));

        assertThat(clock.state(at(23, 10, 0))).isEqualTo(ClockState.ON_HOLD);
        assertThat(clock.used(at(23, 10, 0))).isEqualTo(Duration.ofMinutes(10));
        assertThat(clock.used(at(23, 11, 20))).isEqualTo(Duration.ofMinutes(20));
        assertThat(clock.deadline(at(23, 11, 20))).isEqualTo(at(23, 11, 30));
        assertThat(clock.state(at(23, 11, 31))).isEqualTo(ClockState.OVERDUE);
    }

    @Test
    void aHoldStillOpenKeepsTheClockStopped() {
        ServiceClock clock = emergency(List.of(new Hold(at(23, 9, 20), Optional.empty(), "业主不在家")));

        assertThat(clock.used(at(24, 9, 0))).isEqualTo(Duration.ofMinutes(20));
        assertThat(clock.state(at(24, 9, 0))).isEqualTo(ClockState.ON_HOLD);
    }

    @Test
    void anAppointmentCountsFromTheAppointedTime() {
        ServiceClock visit = new ServiceClock(at(25, 14, 0), Duration.ofMinutes(30), List.of(), Optional.empty());

        assertThat(visit.used(at(24, 9, 0))).isEqualTo(Duration.ZERO);
        assertThat(visit.state(at(25, 13, 59))).isEqualTo(ClockState.IN_TIME);
        assertThat(visit.state(at(25, 14, 31))).isEqualTo(ClockState.OVERDUE);
    }

    @Test
    void aLimitRunsAcrossMidnight() {
        ServiceClock finish = new ServiceClock(at(23, 22, 0), Duration.ofHours(24), List.of(), Optional.empty());

        assertThat(finish.deadline(at(24, 1, 0))).isEqualTo(at(24, 22, 0));
        assertThat(finish.state(at(24, 16, 0))).as("18 of 24 hours").isEqualTo(ClockState.AMBER);
        assertThat(finish.state(at(24, 22, 1))).isEqualTo(ClockState.OVERDUE);
    }

    @Test
    void aMetStepStandsStillInTimeOrLate() {
        ServiceClock arrivedInTime = new ServiceClock(at(23, 9, 0), Duration.ofMinutes(30), List.of(), Optional.of(at(23, 9, 25)));
        ServiceClock arrivedLate = new ServiceClock(at(23, 9, 0), Duration.ofMinutes(30), List.of(), Optional.of(at(23, 9, 40)));

        assertThat(arrivedInTime.state(at(24, 9, 0))).isEqualTo(ClockState.MET);
        assertThat(arrivedInTime.metInTime()).isTrue();
        assertThat(arrivedLate.state(at(24, 9, 0))).isEqualTo(ClockState.OVERDUE);
        assertThat(arrivedLate.metInTime()).isFalse();
        assertThat(arrivedLate.used(at(24, 9, 0))).isEqualTo(Duration.ofMinutes(40));
    }
}
