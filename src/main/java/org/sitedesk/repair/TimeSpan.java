package org.sitedesk.repair;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import org.jooq.Condition;
import org.jooq.Field;

/** A calendar month or day in the site's zone, from its first instant up to (not including) the next one's. */
record TimeSpan(OffsetDateTime start, OffsetDateTime end) {

    static TimeSpan month(YearMonth month, ZoneId zone) {
        return new TimeSpan(month.atDay(1).atStartOfDay(zone).toOffsetDateTime(),
                month.plusMonths(1).atDay(1).atStartOfDay(zone).toOffsetDateTime());
    }

    static TimeSpan day(LocalDate day, ZoneId zone) {
        return new TimeSpan(day.atStartOfDay(zone).toOffsetDateTime(), day.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
    }

    boolean contains(Instant instant) {
        return !instant.isBefore(start.toInstant()) && instant.isBefore(end.toInstant());
    }

    Condition covers(Field<OffsetDateTime> time) {
        return time.ge(start).and(time.lt(end));
    }
}
