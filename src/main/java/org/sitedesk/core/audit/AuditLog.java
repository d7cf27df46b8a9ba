package org.sitedesk.core.audit;

import static org.sitedesk.core.db.schema.Tables.AUDIT_LOG;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.sitedesk.core.users.Actor;

/**
 * Writes audit rows inside the caller's transaction, so a change and its record commit together.
 * Rows are only ever added.
 */
public final class AuditLog {
    private static final int SUMMARY_LIMIT = 2000;

    private final Clock clock;

    public AuditLog(Clock clock) {
        this.clock = clock;
    }

    public void record(DSLContext tx, String actorName, AuditAction action, String entityId, String summary) {
        String shortened = summary == null || summary.length() <= SUMMARY_LIMIT
                ? summary
                : summary.substring(0, SUMMARY_LIMIT - 1) + "…";
        tx.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.OCCURRED_AT, OffsetDateTime.now(clock))
                .set(AUDIT_LOG.ACTOR, actorName)
                .set(AUDIT_LOG.ACTION_CODE, action.code())
                .set(AUDIT_LOG.ENTITY_TYPE, action.entityType())
                .set(AUDIT_LOG.ENTITY_ID, entityId)
                .set(AUDIT_LOG.SUMMARY, shortened)
                .execute();
    }

    public void record(DSLContext tx, Actor actor, AuditAction action, String entityId, String summary) {
        record(tx, actor.name(), action, entityId, summary);
    }
}
