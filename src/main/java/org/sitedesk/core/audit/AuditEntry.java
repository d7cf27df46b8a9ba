package org.sitedesk.core.audit;

import java.time.OffsetDateTime;

/** One row of the audit log as the search screen shows it. */
public record AuditEntry(
        long id,
        OffsetDateTime occurredAt,
        String actor,
        String actionCode,
        String entityType,
        String entityId,
        String summary) {
}
