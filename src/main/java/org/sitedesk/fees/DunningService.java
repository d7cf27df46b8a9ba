package org.sitedesk.fees;

import static org.sitedesk.core.db.schema.Tables.DUNNING_REMINDER;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;

/**
 * 催缴 (DOMAIN.md fees 7): reminders are recorded with date, way and result; units more than a month
 * behind come up for a follow-up every two weeks; units two or more months behind get a written
 * notice. Nothing here ever suggests cutting utilities (民法典 944).
 */
public final class DunningService {
    /** Written notices go to units this many months behind or more. */
    public static final int NOTICE_MONTHS = 2;
    private static final int FOLLOW_UP_DAYS = 14;
    private static final int MAX_RESULT = 200;

    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;
    private final ArrearsService arrears;

    public DunningService(Transactions transactions, AuditLog audit, Clock clock, ArrearsService arrears) {
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.arrears = arrears;
    }

    public Reminder record(Actor actor, long unitId, LocalDate on, ReminderWay way, String result) {
        actor.require(Permission.VIEW_FEES);
        String text = result == null ? "" : result.trim();
        if (way == null) {
            throw new UserFacingException("error.dunning.way");
        }
        if (on == null || on.isAfter(LocalDate.now(clock))) {
            throw new UserFacingException("error.fees.futureDate", LocalDate.now(clock).toString());
        }
        if (text.length() > MAX_RESULT) {
            throw new UserFacingException("error.fees.textTooLong", MAX_RESULT);
        }
        return transactions.inTransaction(tx -> {
            long id = tx.insertInto(DUNNING_REMINDER).set(DUNNING_REMINDER.UNIT_ID, unitId)
                    .set(DUNNING_REMINDER.REMINDED_ON, on).set(DUNNING_REMINDER.WAY, way.name())
                    .set(DUNNING_REMINDER.RESULT, text.isEmpty() ? null : text)
                    .set(DUNNING_REMINDER.RECORDED_BY, actor.name()).set(DUNNING_REMINDER.RECORDED_AT, OffsetDateTime.now(clock))
                    .returningResult(DUNNING_REMINDER.ID).fetchOne().value1();
            audit.record(tx, actor, FeeAuditAction.REMINDER_RECORDED, Long.toString(unitId), "reminded_on: " + on
                    + "; way: " + way.name() + (text.isEmpty() ? "" : "; result: " + text));
            return new Reminder(id, unitId, on, way, text, actor.name());
        });
    }

    public List<Reminder> reminders(long unitId) {
        return transactions.inTransaction(tx -> tx.selectFrom(DUNNING_REMINDER).where(DUNNING_REMINDER.UNIT_ID.eq(unitId))
                .orderBy(DUNNING_REMINDER.REMINDED_ON.desc(), DUNNING_REMINDER.ID.desc())
                .fetch(row -> new Reminder(row.getId(), row.getUnitId(), row.getRemindedOn(),
                        ReminderWay.valueOf(row.getWay()), row.getResult() == null ? "" : row.getResult(),
                        row.getRecordedBy())));
    }

    /** Units owing for more than one month whose last reminder is at least two weeks old, most owed first. */
    public List<FollowUp> followUps(Actor actor, LocalDate asOf) {
        Map<Long, LocalDate> last = transactions.inTransaction(tx -> tx.select(DUNNING_REMINDER.UNIT_ID,
                        DSL.max(DUNNING_REMINDER.REMINDED_ON)).from(DUNNING_REMINDER).groupBy(DUNNING_REMINDER.UNIT_ID)
                .fetchMap(Record2::value1, Record2::value2));
        return arrears.arrears(actor, asOf, Optional.empty(), Optional.empty()).stream()
                .filter(row -> row.monthsOwed() > 1)
                .filter(row -> !last.containsKey(row.unitId()) || !last.get(row.unitId()).plusDays(FOLLOW_UP_DAYS).isAfter(asOf))
                .sorted(Comparator.comparing(ArrearsRow::total).reversed())
                .map(row -> new FollowUp(row.unitId(), row.room(), row.owners(), row.monthsOwed(), row.total(),
                        Optional.ofNullable(last.get(row.unitId()))))
                .collect(Collectors.toList());
    }
}
