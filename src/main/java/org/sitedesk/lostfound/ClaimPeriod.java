package org.sitedesk.lostfound;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The periods of lost and found, counted as the Civil Code counts periods (民法典 201–203): the day
 * the period starts from is not counted, counting begins the next day (201); a period of years ends
 * on the corresponding day of its last year, or on the last day of that month where there is no such
 * day (202); the last day ends at 24:00 (203). An item is due for disposal from the day after.
 *
 * <p>An unclaimed item's year runs from the day its notice was posted (318): a notice of 2025-11-28
 * makes the item due from 2026-11-29, and one of 2024-02-29 from 2025-03-01. A perishable's short
 * period (days, a setting) runs from the day it was found. The site's days for the police count the
 * same way from the day found. 203's moving of a last day that falls on a statutory holiday is not
 * applied: SiteDesk keeps no holiday calendar (decision 16).
 */
public final class ClaimPeriod {
    private static final int YEARS = 1;

    private ClaimPeriod() {
    }

    /** The last day of the year that a notice posted on {@code noticePosted} gives the owner (318, 202). */
    public static LocalDate yearEndsOn(LocalDate noticePosted) {
        // plusYears keeps the day of month, or takes the month's last day where it has none: 202 exactly
        return noticePosted.plusYears(YEARS);
    }

    /** The first day an unclaimed item is due for disposal: the day after its year ended at 24:00. */
    public static LocalDate yearDueOn(LocalDate noticePosted) {
        return yearEndsOn(noticePosted).plusDays(1);
    }

    /** The first day after a period of {@code days} counted from {@code from} (that day not counted). */
    public static LocalDate dayAfter(LocalDate from, int days) {
        return from.plusDays(days).plusDays(1);
    }

    /**
     * When an item is due for disposal: a perishable after the short period from the day found,
     * anything else a year after its notice; nothing runs for a non-perishable without a notice.
     */
    public static Optional<LocalDate> dueOn(ValueClass valueClass, LocalDate foundOn, Optional<LocalDate> noticePosted,
            LostFoundSettings settings) {
        if (valueClass == ValueClass.PERISHABLE) {
            return Optional.of(dayAfter(foundOn, settings.perishableDays()));
        }
        return noticePosted.map(ClaimPeriod::yearDueOn);
    }

    /** The first day an item for the police counts as late there: after the site's days from the day found. */
    public static LocalDate policeLateFrom(LocalDate foundOn, LostFoundSettings settings) {
        return dayAfter(foundOn, settings.policeDays());
    }
}
