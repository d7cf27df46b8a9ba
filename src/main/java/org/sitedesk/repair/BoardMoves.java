package org.sitedesk.repair;

import static org.sitedesk.core.db.schema.Tables.ENGINEER;
import static org.sitedesk.core.db.schema.Tables.REQUEST_ENGINEER;
import static org.sitedesk.core.db.schema.Tables.REQUEST_HOLD;
import static org.sitedesk.core.db.schema.Tables.SERVICE_REQUEST;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.fees.BillingService;

/**
 * Every move across the dispatch board (dispatch, arrival, completion, hold, resume, cancel, close),
 * each one transaction with its history row and audit entry. A paid repair's charge is posted to
 * the unit's fee account in the completion's transaction.
 */
public final class BoardMoves {
    /** The fee item code and name paid repairs are charged under (ledger data, in the site's language). */
    static final String CHARGE_CODE = "REPAIR";
    static final String CHARGE_NAME = "有偿维修";

    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;
    private final RequestStore store;
    private final BillingService billing;

    BoardMoves(Transactions transactions, AuditLog audit, Clock clock, RequestStore store, BillingService billing) {
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.store = store;
        this.billing = billing;
    }


    /** 派工: one or more engineers; a request already dispatched can be given other engineers. */
    public ServiceRequest dispatch(Actor actor, long id, List<Long> engineerIds) {
        actor.require(Permission.WORK_REQUESTS);
        Set<Long> chosen = new LinkedHashSet<>(engineerIds == null ? List.of() : engineerIds);
        return transactions.inTransaction(tx -> {
            ServiceRequest request = store.locked(tx, id);
            if (!request.state().open()) {
                throw new UserFacingException("error.request.finished");
            }
            if (!request.type().worked()) {
                throw new UserFacingException("error.request.notWorked", request.type());
            }
            RequestStore.refuseWhileHeld(request);
            List<String> names = tx.select(ENGINEER.NAME).from(ENGINEER)
                    .where(ENGINEER.ID.in(chosen)).and(ENGINEER.ACTIVE.isTrue()).orderBy(ENGINEER.NAME).fetch(ENGINEER.NAME);
            if (names.size() != chosen.size()) {
                throw new UserFacingException("error.request.noEngineer");
            }
            boolean redispatch = request.state() == RequestState.DISPATCHED || request.state() == RequestState.ON_SITE;
            if (!redispatch) {
                RequestStore.refuseUnless(request, RequestState.DISPATCHED, RequestStore.facts(request, !chosen.isEmpty(), false));
            } else if (chosen.isEmpty()) {
                throw new UserFacingException("error.request.noEngineer");
            }
            tx.deleteFrom(REQUEST_ENGINEER).where(REQUEST_ENGINEER.REQUEST_ID.eq(id)).execute();
            for (Long engineer : chosen) {
                tx.insertInto(REQUEST_ENGINEER).set(REQUEST_ENGINEER.REQUEST_ID, id)
                        .set(REQUEST_ENGINEER.ENGINEER_ID, engineer).execute();
            }
            String who = String.join("、", names);
            if (redispatch) {
                store.event(tx, actor, id, request.state(), request.state(), "engineers: " + who);
            } else {
                tx.update(SERVICE_REQUEST).set(SERVICE_REQUEST.STATE, RequestState.DISPATCHED.name())
                        .set(SERVICE_REQUEST.DISPATCHED_AT, OffsetDateTime.now(clock))
                        .where(SERVICE_REQUEST.ID.eq(id)).execute();
                store.event(tx, actor, id, request.state(), RequestState.DISPATCHED, "engineers: " + who);
            }
            audit.record(tx, actor, RepairAuditAction.REQUEST_DISPATCHED, request.number(), "engineers: " + who);
            return RequestStore.read(tx, id);
        });
    }


    /** 到场 at the given time (the clerk's default is now); the arrival clock stops there. */
    public ServiceRequest arrive(Actor actor, long id, Instant at) {
        actor.require(Permission.WORK_REQUESTS);
        return transactions.inTransaction(tx -> {
            ServiceRequest request = store.locked(tx, id);
            RequestStore.refuseWhileHeld(request);
            RequestStore.refuseUnless(request, RequestState.ON_SITE, RequestStore.facts(request, false, false));
            Instant when = store.time(at, request.dispatchedAt().orElse(request.reportedAt()));
            tx.update(SERVICE_REQUEST).set(SERVICE_REQUEST.STATE, RequestState.ON_SITE.name())
                    .set(SERVICE_REQUEST.ARRIVED_AT, store.offset(when)).where(SERVICE_REQUEST.ID.eq(id)).execute();
            store.moved(tx, actor, request, RequestState.ON_SITE, RepairAuditAction.REQUEST_ARRIVED,
                    "at: " + store.offset(when).toLocalDateTime());
            return RequestStore.read(tx, id);
        });
    }


    /**
     * 完工 with the work done and materials; a paid repair at a unit posts its charge to the unit's
     * fee account in the same transaction, where the counter will find it.
     */
    public ServiceRequest complete(Actor actor, long id, Completion completion) {
        actor.require(Permission.WORK_REQUESTS);
        String work = RequestStore.text(completion.workDone(), "error.request.workDone", true);
        String materials = RequestStore.text(completion.materials(), "error.request.materials", false);
        Optional<BigDecimal> labour = completion.labourHours();
        if (labour.isPresent() && (labour.get().signum() < 0 || labour.get().compareTo(BigDecimal.valueOf(999)) > 0)) {
            throw new UserFacingException("error.request.labour");
        }
        return transactions.inTransaction(tx -> {
            ServiceRequest request = store.locked(tx, id);
            RequestStore.refuseWhileHeld(request);
            RequestStore.refuseUnless(request, RequestState.DONE, RequestStore.facts(request, false, false));
            Instant when = store.time(completion.at(), request.arrivedAt().orElse(request.reportedAt()));
            Optional<Money> charge = completion.charge().filter(Money::isPositive);
            if (request.paid() && charge.isEmpty()) {
                throw new UserFacingException("error.request.chargeNeeded");
            }
            if (!request.paid() && charge.isPresent()) {
                throw new UserFacingException("error.request.notPaid");
            }
            Long chargeId = null;
            if (charge.isPresent()) {
                long unitId = request.location().unitId().orElseThrow(() -> new UserFacingException("error.request.paidArea"));
                chargeId = billing.chargeOneOff(tx, unitId, CHARGE_CODE, CHARGE_NAME + " " + request.number(),
                        charge.get(), request.number());
            }
            tx.update(SERVICE_REQUEST).set(SERVICE_REQUEST.STATE, RequestState.DONE.name())
                    .set(SERVICE_REQUEST.COMPLETED_AT, store.offset(when)).set(SERVICE_REQUEST.WORK_DONE, work)
                    .set(SERVICE_REQUEST.MATERIALS, materials.isEmpty() ? null : materials)
                    .set(SERVICE_REQUEST.LABOUR_HOURS, labour.orElse(null))
                    .set(SERVICE_REQUEST.CHARGE_AMOUNT, charge.map(Money::amount).orElse(null))
                    .set(SERVICE_REQUEST.FEE_CHARGE_ID, chargeId)
                    .where(SERVICE_REQUEST.ID.eq(id)).execute();
            String summary = "at: " + store.offset(when).toLocalDateTime()
                    + charge.map(amount -> "; amount: " + amount.amount().toPlainString()).orElse("");
            store.moved(tx, actor, request, RequestState.DONE, RepairAuditAction.REQUEST_COMPLETED, summary);
            return RequestStore.read(tx, id);
        });
    }


    /**
     * Moves that need nothing typed: 已完工 → 待回访, 待回访 → 已关闭 (refused without a return visit),
     * and back from a hold. Other moves are refused with the reason {@link StateMove} gives, or
     * with the input they need.
     */
    public ServiceRequest move(Actor actor, long id, RequestState to) {
        actor.require(Permission.WORK_REQUESTS);
        return transactions.inTransaction(tx -> {
            ServiceRequest request = store.locked(tx, id);
            if (request.state() == RequestState.ON_HOLD && request.stateBeforeHold().orElse(null) == to) {
                return store.resume(tx, actor, request);
            }
            RequestStore.refuseUnless(request, to, RequestStore.facts(request, !request.engineers().isEmpty(), false));
            switch (to) {
                case RETURN_VISIT -> {
                    RequestStore.setState(tx, id, to);
                    store.event(tx, actor, id, request.state(), to, null);
                    audit.record(tx, actor, RepairAuditAction.REQUEST_MOVED, request.number(),
                            "state: " + request.state().name() + " → " + to.name());
                }
                case CLOSED -> store.closeRow(tx, actor, request, null);
                default -> throw new UserFacingException("error.request.needsInput", to);
            }
            return RequestStore.read(tx, id);
        });
    }


    /** 挂起 with a reason: both clocks stop until the request is resumed. */
    public ServiceRequest hold(Actor actor, long id, String reason) {
        actor.require(Permission.WORK_REQUESTS);
        String why = RequestStore.reason(reason);
        return transactions.inTransaction(tx -> {
            ServiceRequest request = store.locked(tx, id);
            RequestStore.refuseUnless(request, RequestState.ON_HOLD, RequestStore.facts(request, false, !why.isEmpty()));
            tx.insertInto(REQUEST_HOLD).set(REQUEST_HOLD.REQUEST_ID, id).set(REQUEST_HOLD.HELD_FROM, OffsetDateTime.now(clock))
                    .set(REQUEST_HOLD.REASON, why).set(REQUEST_HOLD.HELD_BY, actor.name()).execute();
            tx.update(SERVICE_REQUEST).set(SERVICE_REQUEST.STATE, RequestState.ON_HOLD.name())
                    .set(SERVICE_REQUEST.STATE_BEFORE_HOLD, request.state().name()).where(SERVICE_REQUEST.ID.eq(id)).execute();
            store.moved(tx, actor, request, RequestState.ON_HOLD, RepairAuditAction.REQUEST_HELD, "reason: " + why);
            return RequestStore.read(tx, id);
        });
    }


    /** Back from a hold to the column it was in; the clocks run again. */
    public ServiceRequest resume(Actor actor, long id) {
        actor.require(Permission.WORK_REQUESTS);
        return transactions.inTransaction(tx -> {
            ServiceRequest request = store.locked(tx, id);
            if (request.state() != RequestState.ON_HOLD) {
                throw new UserFacingException("error.request.notHeld");
            }
            return store.resume(tx, actor, request);
        });
    }


    /** 取消 with a reason (not once the work is done). */
    public ServiceRequest cancel(Actor actor, long id, String reason) {
        actor.require(Permission.WORK_REQUESTS);
        String why = RequestStore.reason(reason);
        return transactions.inTransaction(tx -> {
            ServiceRequest request = store.locked(tx, id);
            RequestStore.refuseUnless(request, RequestState.CANCELLED, RequestStore.facts(request, false, !why.isEmpty()));
            store.endHold(tx, id);
            tx.update(SERVICE_REQUEST).set(SERVICE_REQUEST.STATE, RequestState.CANCELLED.name())
                    .set(SERVICE_REQUEST.CANCEL_REASON, why).set(SERVICE_REQUEST.CLOSED_AT, OffsetDateTime.now(clock))
                    .where(SERVICE_REQUEST.ID.eq(id)).execute();
            store.moved(tx, actor, request, RequestState.CANCELLED, RepairAuditAction.REQUEST_CANCELLED, "reason: " + why);
            return RequestStore.read(tx, id);
        });
    }


    /** Closes a request whose return visit is recorded. */
    public ServiceRequest close(Actor actor, long id) {
        return move(actor, id, RequestState.CLOSED);
    }
}
