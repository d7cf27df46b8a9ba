package org.sitedesk.lostfound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The clock of lost and found (issue 17 item 6; DOMAIN.md "Lost and found" 3): one year from the
 * notice (民法典 318), counted as 201–203 count periods. The notice day is not counted (201), the
 * year ends on its anniversary or, where the month has no such day, on the month's last day (202),
 * at 24:00 (203); the item is due from the next day.
 */
class ClaimPeriodTest {
    private static final LostFoundSettings SITE = LostFoundSettings.defaults();

    private static boolean dueOn(LocalDate notice, LocalDate day) {
        return !day.isBefore(ClaimPeriod.yearDueOn(notice));
    }

    /** The issue's own example: a notice of 2025-11-28 makes the item due from 2026-11-29. */
    @Test
    void aNoticeOfTheTwentyEighthOfNovemberMakesTheItemDueFromTheTwentyNinthAYearLater() {
        LocalDate notice = LocalDate.of(2025, 11, 28);

        assertThat(ClaimPeriod.yearEndsOn(notice)).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(ClaimPeriod.yearDueOn(notice)).isEqualTo(LocalDate.of(2026, 11, 29));
    }

    /** The day before the anniversary and the anniversary itself are inside the year; the day after is not. */
    @Test
    void theYearRunsThroughTheAnniversaryAndEndsAtMidnight() {
        LocalDate notice = LocalDate.of(2025, 11, 28);

        assertThat(dueOn(notice, LocalDate.of(2026, 11, 27))).as("the day before the anniversary").isFalse();
        assertThat(dueOn(notice, LocalDate.of(2026, 11, 28))).as("the anniversary, until 24:00").isFalse();
        assertThat(dueOn(notice, LocalDate.of(2026, 11, 29))).as("the day after").isTrue();
        assertThat(dueOn(notice, LocalDate.of(2025, 11, 28))).as("the notice day is not counted").isFalse();
    }

    /** 202: a notice on 29 February has no anniversary; the year ends on 28 February, due from 1 March. */
    @Test
    void aNoticeOnALeapDayEndsOnTheLastDayOfFebruary() {
        LocalDate leapDay = LocalDate.of(2024, 2, 29);

        assertThat(ClaimPeriod.yearEndsOn(leapDay)).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(ClaimPeriod.yearDueOn(leapDay)).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(dueOn(leapDay, LocalDate.of(2025, 2, 28))).isFalse();
        assertThat(dueOn(leapDay, LocalDate.of(2025, 3, 1))).isTrue();
    }

    /** A year that runs over a leap day: a notice of 2023-02-28 ends on 2024-02-28 and is due on the leap day itself. */
    @Test
    void aYearOverALeapDayIsDueOnTheLeapDay() {
        LocalDate notice = LocalDate.of(2023, 2, 28);

        assertThat(ClaimPeriod.yearEndsOn(notice)).isEqualTo(LocalDate.of(2024, 2, 28));
        assertThat(ClaimPeriod.yearDueOn(notice)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(ClaimPeriod.yearDueOn(LocalDate.of(2023, 3, 1))).isEqualTo(LocalDate.of(2024, 3, 2));
    }

    /**
     * Perishables (DOMAIN.md "Lost and found" 3): a short period of days (a setting, default 3) from
     * the day found, that day not counted; no notice is needed for it to run.
     */
    @Test
    void aPerishableIsDueAfterItsShortPeriodFromTheDayFound() {
        LocalDate found = LocalDate.of(2026, 11, 23);

        assertThat(ClaimPeriod.dueOn(ValueClass.PERISHABLE, found, Optional.empty(), SITE))
                .contains(LocalDate.of(2026, 11, 27));
        assertThat(ClaimPeriod.dueOn(ValueClass.PERISHABLE, found, Optional.empty(), new LostFoundSettings(3, 1)))
                .contains(LocalDate.of(2026, 11, 25));
    }

    /** Without a notice the year of 318 has not started: nothing is due. */
    @Test
    void withoutANoticeNoYearRuns() {
        LocalDate found = LocalDate.of(2025, 1, 2);

        assertThat(ClaimPeriod.dueOn(ValueClass.ORDINARY, found, Optional.empty(), SITE)).isEmpty();
        assertThat(ClaimPeriod.dueOn(ValueClass.VALUABLE, found, Optional.of(LocalDate.of(2025, 1, 3)), SITE))
                .contains(LocalDate.of(2026, 1, 4));
    }

    /** The police days (issue 17 item 5, default 3) count the same way: found on the 23rd, late from the 27th. */
    @Test
    void anItemForThePoliceIsLateAfterTheSitesDays() {
        assertThat(ClaimPeriod.policeLateFrom(LocalDate.of(2026, 11, 23), SITE)).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(ClaimPeriod.policeLateFrom(LocalDate.of(2026, 11, 23), new LostFoundSettings(0, 3)))
                .isEqualTo(LocalDate.of(2026, 11, 24));
    }
}
