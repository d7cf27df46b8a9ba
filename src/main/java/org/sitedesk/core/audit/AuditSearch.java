package org.sitedesk.core.audit;

import static org.sitedesk.core.db.schema.Tables.AUDIT_LOG;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;

/** Searches the audit log, newest first; only roles that may read it. */
public final class AuditSearch {
    private final Transactions transactions;
    private final Clock clock;

    public AuditSearch(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    public List<AuditEntry> search(Actor actor, AuditQuery query) {
        actor.require(Permission.VIEW_AUDIT_LOG);
        List<Condition> conditions = new ArrayList<>();
        query.from().ifPresent(day -> conditions.add(AUDIT_LOG.OCCURRED_AT.ge(startOf(day))));
        query.to().ifPresent(day -> conditions.add(AUDIT_LOG.OCCURRED_AT.lt(startOf(day.plusDays(1)))));
        if (!query.actor().isBlank()) {
            conditions.add(DSL.lower(AUDIT_LOG.ACTOR).contains(query.actor().trim().toLowerCase()));
        }
        if (!query.text().isBlank()) {
            String text = query.text().trim().toLowerCase();
            conditions.add(DSL.lower(AUDIT_LOG.ACTION_CODE).contains(text)
                    .or(DSL.lower(AUDIT_LOG.ENTITY_TYPE).contains(text))
                    .or(DSL.lower(AUDIT_LOG.ENTITY_ID).contains(text))
                    .or(DSL.lower(AUDIT_LOG.SUMMARY).contains(text)));
        }
        return transactions.inTransaction(tx -> tx.selectFrom(AUDIT_LOG)
                .where(conditions)
                .orderBy(AUDIT_LOG.OCCURRED_AT.desc(), AUDIT_LOG.ID.desc())
                .limit(query.limit())
                .fetch(row -> new AuditEntry(row.getId(), row.getOccurredAt(), row.getActor(),
                        row.getActionCode(), row.getEntityType(), row.getEntityId(), row.getSummary())));
    }

    private OffsetDateTime startOf(java.time.LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toOffsetDateTime();
    }
}
