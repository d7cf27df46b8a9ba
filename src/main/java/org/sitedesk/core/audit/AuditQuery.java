package org.sitedesk.core.audit;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What to look for in the audit log: a date range (inclusive, in the site's time zone), the
 * actor, and free text matched against action, entity and summary.
 */
public record AuditQuery(
        Optional<LocalDate> from,
        Optional<LocalDate> to,
        String actor,
        String text,
        int limit) {

    public static final int DEFAULT_LIMIT = 1000;

    public static AuditQuery everything() {
        return new AuditQuery(Optional.empty(), Optional.empty(), "", "", DEFAULT_LIMIT);
    }
}
