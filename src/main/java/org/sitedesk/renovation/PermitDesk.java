package org.sitedesk.renovation;

import static org.sitedesk.core.db.schema.Tables.RENOVATION;
import static org.sitedesk.core.db.schema.Tables.RENOVATION_WORKER;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.id.MobileNumber;
import org.sitedesk.core.id.ResidentIdNumber;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.fees.OpenCharge;

/**
 * 施工许可证 (issue 18 item 4): issued once the deposit and fees are paid, valid over the planned
 * dates; its workers, each checked by GB 11643 and given a worker pass that expires with the permit;
 * extending it moves the passes, cancelling it ends them.
 */
public final class PermitDesk {
    /** Trades whose workers need a special-work certificate (特种作业操作证). */
    static final Set<String> CERTIFIED_TRADES = Set.of("电工", "焊工", "电焊工", "高处作业");

    private final RenovationStore store;
    private final RenovationCharges charges;
    private final WorkerPasses passes;

    PermitDesk(RenovationStore store, RenovationCharges charges, WorkerPasses passes) {
        this.store = store;
        this.charges = charges;
        this.passes = passes;
    }

    /** 发证: refused while any of the renovation's charges is unpaid, naming them. */
    public Renovation issue(Actor actor, long id) {
        actor.require(Permission.REGISTER_RENOVATIONS);
        Renovation approved = store.transactions().inTransaction(tx -> RenovationStore.read(tx, id));
        RenovationStore.require(approved, RenovationState.APPROVED);
        List<OpenCharge> open = charges.open(approved);
        if (!open.isEmpty()) {
            throw new UserFacingException("error.renovation.unpaid", approved.number(),
                    open.stream().map(charge -> charge.itemName() + " " + charge.principalOpen().amount().toPlainString())
                            .collect(Collectors.joining("、")));
        }
        return store.transactions().inTransaction(tx -> {
            Renovation renovation = store.locked(tx, id);
            RenovationStore.require(renovation, RenovationState.APPROVED);
            LocalDate today = LocalDate.now(store.clock());
            LocalDate from = renovation.plannedFrom().isBefore(today) ? today : renovation.plannedFrom();
            LocalDate to = renovation.plannedTo().isBefore(from) ? from : renovation.plannedTo();
            tx.update(RENOVATION).set(RENOVATION.STATE, RenovationState.IN_PROGRESS.name())
                    .set(RENOVATION.ISSUED_AT, store.now()).set(RENOVATION.ISSUED_BY, actor.name())
                    .set(RENOVATION.VALID_FROM, from).set(RENOVATION.VALID_TO, to)
                    .set(RENOVATION.ROW_VERSION, RENOVATION.ROW_VERSION.plus(1)).where(RENOVATION.ID.eq(id)).execute();
            store.audit(tx, actor, RenovationAuditAction.PERMIT_ISSUED, renovation, "from: " + from + "; to: " + to);
            return RenovationStore.read(tx, id);
        });
    }

    /** Moves the permit's end; the worker passes follow. */
    public Renovation extend(Actor actor, long id, LocalDate to) {
        actor.require(Permission.REGISTER_RENOVATIONS);
        Renovation extended = store.transactions().inTransaction(tx -> {
            Renovation renovation = store.locked(tx, id);
            if (!renovation.state().underWay()) {
                throw new UserFacingException("error.renovation.state", renovation.number(), renovation.state());
            }
            LocalDate today = LocalDate.now(store.clock());
            if (to == null || to.isBefore(today) || to.isBefore(renovation.validFrom().orElse(today))) {
                throw new UserFacingException("error.renovation.extendTo", today);
            }
            tx.update(RENOVATION).set(RENOVATION.VALID_TO, to).set(RENOVATION.ROW_VERSION, RENOVATION.ROW_VERSION.plus(1))
                    .where(RENOVATION.ID.eq(id)).execute();
            store.audit(tx, actor, RenovationAuditAction.PERMIT_EXTENDED, renovation, "from: " + renovation.endDate() + "; to: " + to);
            return RenovationStore.read(tx, id);
        });
        passes.moveEnd(actor, extended, to);
        return extended;
    }

    /**
     * A worker on the permit, with a pass valid until the permit's end. The ID number must pass the
     * GB 11643 check (DOMAIN.md personal information 4) and a certified trade needs its certificate.
     */
    public Worker addWorker(Actor actor, long id, WorkerDraft draft) {
        actor.require(Permission.REGISTER_RENOVATIONS);
        String name = RenovationStore.text(draft.name(), "error.renovation.workerName", 60, true);
        String idNumber = draft.idNumber() == null ? "" : draft.idNumber().trim().toUpperCase(Locale.ROOT);
        ResidentIdNumber.check(idNumber, LocalDate.now(store.clock())).ifPresent(problem -> {
            throw new UserFacingException(problem.messageKey());
        });
        String phone = RenovationStore.text(draft.phone(), "error.renovation.phone", 20, false);
        if (!phone.isEmpty() && !MobileNumber.isValid(phone)) {
            throw new UserFacingException("error.renovation.phone", 20);
        }
        String trade = RenovationStore.text(draft.trade(), "error.renovation.trade", 20, true);
        String certificate = RenovationStore.text(draft.certificate(), "error.renovation.certificate", 40, false);
        if (CERTIFIED_TRADES.contains(trade) && certificate.isEmpty()) {
            throw new UserFacingException("error.renovation.certificateNeeded", trade);
        }
        Renovation permit = store.transactions().inTransaction(tx -> RenovationStore.read(tx, id));
        if (!permit.state().underWay()) {
            throw new UserFacingException("error.renovation.state", permit.number(), permit.state());
        }
        String pass = passes.issue(actor, permit, name, permit.endDate());
        return store.transactions().inTransaction(tx -> {
            Renovation renovation = store.locked(tx, id);
            long workerId = tx.insertInto(RENOVATION_WORKER).set(RENOVATION_WORKER.RENOVATION_ID, id)
                    .set(RENOVATION_WORKER.NAME, name).set(RENOVATION_WORKER.ID_NUMBER, idNumber)
                    .set(RENOVATION_WORKER.PHONE, phone.isEmpty() ? null : phone).set(RENOVATION_WORKER.TRADE, trade)
                    .set(RENOVATION_WORKER.CERTIFICATE, certificate.isEmpty() ? null : certificate)
                    .set(RENOVATION_WORKER.PASS_NUMBER, pass).set(RENOVATION_WORKER.ADDED_AT, store.now())
                    .set(RENOVATION_WORKER.ADDED_BY, actor.name()).returning(RENOVATION_WORKER.ID).fetchOne().getId();
            // the ID number stays out of the audit log: the pass number finds the worker
            store.audit(tx, actor, RenovationAuditAction.WORKER_ADDED, renovation, "worker: " + name + "; trade: " + trade
                    + "; pass: " + pass);
            return new Worker(workerId, name, idNumber, phone, trade, certificate, pass);
        });
    }

    /** 撤销 before works end: unpaid charges stay for the cashier to write off; passes end. */
    public Renovation cancel(Actor actor, long id, String reason) {
        actor.require(Permission.APPROVE_RENOVATIONS);
        String why = RenovationStore.text(reason, "error.renovation.reason", 200, true);
        Renovation cancelled = store.transactions().inTransaction(tx -> {
            Renovation renovation = store.locked(tx, id);
            RenovationStore.require(renovation, RenovationState.APPLIED, RenovationState.SUBMITTED, RenovationState.APPROVED,
                    RenovationState.IN_PROGRESS);
            tx.update(RENOVATION).set(RENOVATION.STATE, RenovationState.CANCELLED.name()).set(RENOVATION.ENDED_AT, store.now())
                    .set(RENOVATION.END_REASON, why).set(RENOVATION.ROW_VERSION, RENOVATION.ROW_VERSION.plus(1))
                    .where(RENOVATION.ID.eq(id)).execute();
            store.audit(tx, actor, RenovationAuditAction.RENOVATION_CANCELLED, renovation, "reason: " + why);
            return RenovationStore.read(tx, id);
        });
        passes.end(actor, cancelled, why);
        return cancelled;
    }
}
