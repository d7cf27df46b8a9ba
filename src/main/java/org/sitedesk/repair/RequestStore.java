package org.sitedesk.repair;

import static org.sitedesk.core.db.schema.Tables.REQUEST_COUNTER;
import static org.sitedesk.core.db.schema.Tables.REQUEST_EVENT;
import static org.sitedesk.core.db.schema.Tables.REQUEST_HOLD;
import static org.sitedesk.core.db.schema.Tables.SERVICE_REQUEST;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.DSLContext;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.db.YearlyNumbers;
import org.sitedesk.core.db.schema.tables.records.RequestCounterRecord;
import org.sitedesk.core.db.schema.tables.records.ServiceRequestRecord;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.users.Actor;

/**
 * The request rows every use case writes through, inside the caller's transaction: numbering a new
 * request, locking and reading one, changing its state with a history row and an audit entry in the
 * same words, and the checks of times and texts that every move shares.
 */
final class RequestStore {
    private static final YearlyNumbers<RequestCounterRecord> NUMBERS = new YearlyNumbers<>(REQUEST_COUNTER,
            REQUEST_COUNTER.REQUEST_YEAR, REQUEST_COUNTER.LAST_NUMBER, "BX-%d-%06d");
    private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(1);
    private static final int MAX_TEXT = 1000;
    private static final int MAX_REASON = 200;

    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;

    RequestStore(Transactions transactions, AuditLog audit, Clock clock) {
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Makes sure the year's counter row exists before the transaction that takes a number from it. */
    void prepareNumbers(int year) {
        NUMBERS.prepareYear(transactions, year);
    }


    ServiceRequest insert(DSLContext tx, Actor actor, RequestDraft draft, CheckedDraft checked, Instant now, int year) {
        String number = NUMBERS.next(tx, year);
        ServiceRequestRecord row = tx.newRecord(SERVICE_REQUEST);
        row.setRequestNumber(number);
        row.setRequestType(draft.type().name());
        row.setChannel(draft.channel().name());
        row.setUnitId(checked.location().unitId().orElse(null));
        row.setCommonAreaId(checked.location().areaId().orElse(null));
        row.setLocation(checked.location().name());
        row.setReporter(draft.reporter().trim());
        row.setPhone(draft.phone() == null || draft.phone().isBlank() ? null : draft.phone().trim());
        row.setCategoryCode(draft.categoryCode());
        row.setDescription(draft.description().trim());
        row.setPriority(draft.priority().name());
        row.setAppointedAt(draft.appointedAt().map(time -> time.atZone(clock.getZone()).toOffsetDateTime()).orElse(null));
        row.setPaid(draft.paid());
        row.setState(RequestState.NEW.name());
        row.setReportedAt(offset(now));
        row.setLoggedBy(actor.name());
        row.setArriveMinutes((int) checked.limit().arrive().toMinutes());
        row.setFinishMinutes((int) checked.limit().finish().toMinutes());
        row.setReworkOf(draft.reworkOf().orElse(null));
        row.store();
        event(tx, actor, row.getId(), null, RequestState.NEW, null);
        return read(tx, row.getId());
    }


    /**
     * The limits a request is logged with. Complaints and enquiries are answered the same day, so
     * their first limit runs to midnight of the day they came in (DOMAIN.md "Repair service levels").
     */
    TimeLimit limits(DSLContext tx, RequestDraft draft, Instant now) {
        TimeLimit configured = RepairSettingsService.load(tx).limitFor(draft.priority(), draft.categoryCode());
        if (draft.type() == RequestType.REPAIR) {
            return configured;
        }
        LocalDate day = now.atZone(clock.getZone()).toLocalDate();
        long toMidnight = Duration.between(now, day.plusDays(1).atStartOfDay(clock.getZone())).toMinutes();
        int arrive = (int) Math.max(1, toMidnight);
        return new TimeLimit(draft.priority(), draft.categoryCode(), arrive, Math.max(arrive, configured.finishMinutes()));
    }


    ServiceRequest resume(DSLContext tx, Actor actor, ServiceRequest request) {
        RequestState back = request.stateBeforeHold().orElse(RequestState.NEW);
        endHold(tx, request.id());
        tx.update(SERVICE_REQUEST).set(SERVICE_REQUEST.STATE, back.name())
                .setNull(SERVICE_REQUEST.STATE_BEFORE_HOLD).where(SERVICE_REQUEST.ID.eq(request.id())).execute();
        event(tx, actor, request.id(), RequestState.ON_HOLD, back, null);
        audit.record(tx, actor, RepairAuditAction.REQUEST_RESUMED, request.number(), "state: " + back.name());
        return read(tx, request.id());
    }


    void endHold(DSLContext tx, long id) {
        tx.update(REQUEST_HOLD).set(REQUEST_HOLD.HELD_UNTIL, OffsetDateTime.now(clock))
                .where(REQUEST_HOLD.REQUEST_ID.eq(id)).and(REQUEST_HOLD.HELD_UNTIL.isNull()).execute();
    }


    void closeRow(DSLContext tx, Actor actor, ServiceRequest request, String note) {
        tx.update(SERVICE_REQUEST).set(SERVICE_REQUEST.STATE, RequestState.CLOSED.name())
                .set(SERVICE_REQUEST.CLOSED_AT, OffsetDateTime.now(clock)).where(SERVICE_REQUEST.ID.eq(request.id())).execute();
        event(tx, actor, request.id(), request.state(), RequestState.CLOSED, note);
        audit.record(tx, actor, RepairAuditAction.REQUEST_CLOSED, request.number(),
                "state: " + request.state().name() + " → " + RequestState.CLOSED.name());
    }


    static void setState(DSLContext tx, long id, RequestState state) {
        tx.update(SERVICE_REQUEST).set(SERVICE_REQUEST.STATE, state.name()).where(SERVICE_REQUEST.ID.eq(id)).execute();
    }


    /** A move's history row and its audit entry, with the same words. */
    void moved(DSLContext tx, Actor actor, ServiceRequest request, RequestState to, RepairAuditAction action,
            String summary) {
        event(tx, actor, request.id(), request.state(), to, summary);
        audit.record(tx, actor, action, request.number(), summary);
    }


    void event(DSLContext tx, Actor actor, long id, RequestState from, RequestState to, String note) {
        tx.insertInto(REQUEST_EVENT).set(REQUEST_EVENT.REQUEST_ID, id).set(REQUEST_EVENT.OCCURRED_AT, OffsetDateTime.now(clock))
                .set(REQUEST_EVENT.ACTOR, actor.name()).set(REQUEST_EVENT.FROM_STATE, from == null ? null : from.name())
                .set(REQUEST_EVENT.TO_STATE, to.name()).set(REQUEST_EVENT.NOTE, note).execute();
    }


    static StateMove.Facts facts(ServiceRequest request, boolean hasEngineer, boolean hasReason) {
        return new StateMove.Facts(hasEngineer, request.visit().isPresent(), hasReason,
                request.stateBeforeHold().orElse(null), false);
    }


    /** Work on hold is resumed first (the hold ends and the clocks run again), then moved on. */
    static void refuseWhileHeld(ServiceRequest request) {
        if (request.state() == RequestState.ON_HOLD) {
            throw new UserFacingException("error.request.resumeFirst");
        }
    }


    static void refuseUnless(ServiceRequest request, RequestState to, StateMove.Facts facts) {
        Optional<String> refusal = StateMove.refusal(request.state(), to, facts);
        if (refusal.isPresent()) {
            throw new UserFacingException(refusal.get());
        }
    }


    /** A recorded time: not in the future, not before the step it follows. */
    Instant time(Instant at, Instant notBefore) {
        Instant now = clock.instant();
        Instant when = at == null ? now : at;
        if (when.isAfter(now.plus(CLOCK_TOLERANCE))) {
            throw new UserFacingException("error.request.timeFuture");
        }
        if (when.isBefore(notBefore.minus(CLOCK_TOLERANCE))) {
            throw new UserFacingException("error.request.timeBefore", offset(notBefore).toLocalDateTime().withNano(0));
        }
        return when;
    }


    /** A hold's or a cancellation's reason, trimmed; whether one is needed at all is {@link StateMove}'s to say. */
    static String reason(String reason) {
        String why = reason == null ? "" : reason.trim();
        if (why.length() > MAX_REASON) {
            throw new UserFacingException("error.request.reasonLength", MAX_REASON);
        }
        return why;
    }


    static String text(String value, String refusal, boolean required) {
        String trimmed = value == null ? "" : value.trim();
        if ((required && trimmed.isEmpty()) || trimmed.length() > MAX_TEXT) {
            throw new UserFacingException(refusal, MAX_TEXT);
        }
        return trimmed;
    }


    ServiceRequest locked(DSLContext tx, long id) {
        if (tx.select(SERVICE_REQUEST.ID).from(SERVICE_REQUEST).where(SERVICE_REQUEST.ID.eq(id)).forUpdate().fetchOne() == null) {
            throw new UserFacingException("error.request.notFound", id);
        }
        return read(tx, id);
    }


    static ServiceRequest read(DSLContext tx, long id) {
        return RequestReader.read(tx, SERVICE_REQUEST.ID.eq(id)).stream().findFirst()
                .orElseThrow(() -> new UserFacingException("error.request.notFound", id));
    }


    OffsetDateTime offset(Instant instant) {
        return instant.atZone(clock.getZone()).toOffsetDateTime();
    }

    /** A draft's place and limits once checked against the database. */
    record CheckedDraft(Location location, TimeLimit limit) {
    }
}
