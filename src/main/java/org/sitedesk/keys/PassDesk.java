package org.sitedesk.keys;

import static org.sitedesk.core.db.schema.Tables.ACCESS_PASS;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.estate.EstateService;
import org.sitedesk.estate.HouseholdService;
import org.sitedesk.estate.Person;
import org.sitedesk.estate.Unit;
import org.sitedesk.fees.CollectedCharge;
import org.sitedesk.fees.DepositBalance;
import org.sitedesk.fees.OneOffCharge;
import org.sitedesk.fees.OneOffCharges;
import org.sitedesk.fees.PaymentMethod;

/**
 * The counter's passes (issue 16 items 3–4): issuing one with its deposit, reporting it lost (void at
 * once, for good), reissuing a lost one under a new number with the reissue fee, and taking one back
 * with its deposit paid back. The money goes through the fee module in the same transaction as the
 * pass: a one-off charge paid at once with its own receipt, a refund with a refund receipt.
 */
public final class PassDesk {
    /** The item codes the ledger shows these charges under; the names are the type's name and these words (ledger data). */
    static final String DEPOSIT_CODE = "PASS_DEPOSIT";
    static final String REISSUE_CODE = "PASS_REISSUE";
    static final String DEPOSIT_NAME = "押金";
    static final String REISSUE_NAME = "补办费";
    private static final int MAX_NAME = 60;

    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;
    private final PassTypes types;
    private final EstateService units;
    private final HouseholdService households;
    private final OneOffCharges charges;

    PassDesk(Transactions transactions, AuditLog audit, Clock clock, PassTypes types, EstateService units,
            HouseholdService households, OneOffCharges charges) {
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.types = types;
        this.units = units;
        this.households = households;
        this.charges = charges;
    }

    /** 发证: a pass with its number, holder and dates; a deposit is charged and paid at once with its receipt. */
    public Pass issue(Actor actor, PassDraft draft) {
        actor.require(Permission.ISSUE_PASSES);
        PassType type = activeType(draft.typeCode());
        Unit unit = units.unit(draft.unitId()).orElseThrow(() -> new UserFacingException("error.unit.notFound", draft.unitId()));
        String holder = holder(draft);
        LocalDate today = LocalDate.now(clock);
        LocalDate until = draft.validUntil().orElse(today.plusDays(type.validityDays()));
        if (until.isBefore(today)) {
            throw new UserFacingException("error.pass.untilPast", today);
        }
        Money deposit = draft.deposit().orElse(type.deposit());
        if (deposit.isNegative()) {
            throw new UserFacingException("error.pass.deposit");
        }
        if (deposit.isPositive()) {
            actor.require(Permission.TAKE_PAYMENTS);
            charges.prepareReceipts();
        }
        PassStore.prepareNumbers(transactions, today.getYear());
        return transactions.inTransaction(tx -> {
            String number = PassStore.unused(tx, draft.number(), today.getYear());
            OffsetDateTime now = OffsetDateTime.now(clock);
            long id = PassStore.insert(tx, number, type, unit, holder, draft.holderPersonId().orElse(null), today, until,
                    null, null, actor.name(), now);
            String receipt = "";
            if (deposit.isPositive()) {
                CollectedCharge taken = charges.takeDeposit(tx, actor, unit, deposit(type, deposit, draft.method(), holder,
                        number));
                tx.update(ACCESS_PASS).set(ACCESS_PASS.DEPOSIT_CHARGE_ID, taken.chargeId())
                        .set(ACCESS_PASS.DEPOSIT_RECEIPT, taken.receiptNumber()).where(ACCESS_PASS.ID.eq(id)).execute();
                receipt = "; receipt: " + taken.receiptNumber();
            }
            audit.record(tx, actor, KeyAuditAction.PASS_ISSUED, number, "type: " + type.code() + "; room: " + unit.room()
                    + "; holder: " + holder + "; until: " + until + "; deposit: " + deposit + receipt);
            return PassStore.read(tx, id);
        });
    }

    /**
     * 挂失: the pass is void from this moment and for good, with who reported it and when. Its number
     * never opens a gate again; its deposit stays held for the reissue (or is forfeit without one).
     */
    public Pass reportLost(Actor actor, String number, String reportedBy) {
        actor.require(Permission.ISSUE_PASSES);
        return transactions.inTransaction(tx -> {
            Pass pass = PassStore.locked(tx, number);
            if (pass.state() == PassState.LOST) {
                throw new UserFacingException("error.pass.alreadyLost", pass.number());
            }
            if (pass.state() != PassState.ISSUED) {
                throw new UserFacingException("error.pass.notInUse", pass.number(), pass.status(LocalDate.now(clock)));
            }
            String who = reportedBy == null || reportedBy.isBlank() ? pass.holder()
                    : KeyStore.text(reportedBy, "error.pass.reportedBy", MAX_NAME, true);
            tx.update(ACCESS_PASS).set(ACCESS_PASS.PASS_STATE, PassState.LOST.name())
                    .set(ACCESS_PASS.LOST_AT, OffsetDateTime.now(clock)).set(ACCESS_PASS.LOST_REPORTED_BY, who)
                    .set(ACCESS_PASS.LOST_RECORDED_BY, actor.name()).where(ACCESS_PASS.ID.eq(pass.id())).execute();
            audit.record(tx, actor, KeyAuditAction.PASS_LOST, pass.number(), "state: ISSUED → LOST; reported_by: " + who);
            return PassStore.read(tx, pass.id());
        });
    }

    /**
     * 补办: a lost pass gets a successor under a new number (typed or read from the new card, else the
     * next one), same holder, unit and end date; the old number stays in the register as 挂失作废. The
     * deposit moves to the new pass, the type's reissue fee is charged with its own receipt.
     */
    public Pass reissue(Actor actor, String number, String newNumber, PaymentMethod method) {
        actor.require(Permission.ISSUE_PASSES);
        LocalDate today = LocalDate.now(clock);
        Pass lost = transactions.inTransaction(tx -> PassStore.byNumber(tx, number))
                .orElseThrow(() -> new UserFacingException("error.pass.notFound", number == null ? "" : number.trim()));
        PassType type = types.find(lost.typeCode()).orElseThrow();
        Money fee = type.reissueFee();
        if (fee.isPositive()) {
            actor.require(Permission.TAKE_PAYMENTS);
            charges.prepareReceipts();
        }
        Unit unit = units.unit(lost.unitId()).orElseThrow();
        PassStore.prepareNumbers(transactions, today.getYear());
        return transactions.inTransaction(tx -> {
            Pass old = PassStore.locked(tx, number);
            if (old.state() != PassState.LOST) {
                throw new UserFacingException("error.pass.notLost", old.number());
            }
            if (old.reissuedAs().isPresent()) {
                throw new UserFacingException("error.pass.alreadyReissued", old.number(), old.reissuedAs().get());
            }
            String replacement = PassStore.unused(tx, newNumber, today.getYear());
            LocalDate until = old.validUntil().isBefore(today) ? today.plusDays(type.validityDays()) : old.validUntil();
            long id = PassStore.insert(tx, replacement, type, unit, old.holder(), old.holderPersonId().orElse(null), today,
                    until, old.under().orElse(null), old.id(), actor.name(), OffsetDateTime.now(clock));
            tx.update(ACCESS_PASS).set(ACCESS_PASS.DEPOSIT_CHARGE_ID, old.depositChargeId().orElse(null))
                    .set(ACCESS_PASS.DEPOSIT_RECEIPT, old.depositReceipt().isEmpty() ? null : old.depositReceipt())
                    .where(ACCESS_PASS.ID.eq(id)).execute();
            String receipt = "";
            if (fee.isPositive()) {
                CollectedCharge taken = charges.collect(tx, actor, unit, new OneOffCharge(REISSUE_CODE,
                        type.name() + REISSUE_NAME, fee, method(method), old.holder(), "pass: " + replacement + " for " + old.number()));
                tx.update(ACCESS_PASS).set(ACCESS_PASS.FEE_CHARGE_ID, taken.chargeId())
                        .set(ACCESS_PASS.FEE_RECEIPT, taken.receiptNumber()).where(ACCESS_PASS.ID.eq(id)).execute();
                receipt = "; receipt: " + taken.receiptNumber();
            }
            audit.record(tx, actor, KeyAuditAction.PASS_REISSUED, replacement, "replaces: " + old.number() + "; fee: " + fee
                    + receipt);
            return PassStore.read(tx, id);
        });
    }

    /**
     * 退证: the pass comes back and is no longer valid; what is still held of its deposit is paid back
     * with a refund receipt. A lost pass cannot come back (its deposit covers the card).
     */
    public Pass giveBack(Actor actor, String number, PaymentMethod method) {
        actor.require(Permission.ISSUE_PASSES);
        Pass pass = transactions.inTransaction(tx -> PassStore.byNumber(tx, number))
                .orElseThrow(() -> new UserFacingException("error.pass.notFound", number == null ? "" : number.trim()));
        Optional<DepositBalance> deposit = pass.depositChargeId()
                .map(charge -> charges.deposits(java.util.List.of(charge)).get(charge));
        boolean refund = deposit.map(balance -> balance.held().isPositive()).orElse(false);
        if (refund) {
            actor.require(Permission.TAKE_PAYMENTS);
            charges.prepareReceipts();
        }
        return transactions.inTransaction(tx -> {
            Pass current = PassStore.locked(tx, number);
            refuseUnlessReturnable(current);
            String receipt = null;
            if (refund) {
                receipt = charges.refundDeposit(tx, actor, current.depositChargeId().orElseThrow(), method(method),
                        "退还" + current.typeName() + " " + current.number());
            }
            tx.update(ACCESS_PASS).set(ACCESS_PASS.PASS_STATE, PassState.RETURNED.name())
                    .set(ACCESS_PASS.REFUND_RECEIPT, receipt).set(ACCESS_PASS.CLOSED_AT, OffsetDateTime.now(clock))
                    .set(ACCESS_PASS.CLOSED_BY, actor.name()).set(ACCESS_PASS.CLOSE_REASON, "returned")
                    .where(ACCESS_PASS.ID.eq(current.id())).execute();
            audit.record(tx, actor, KeyAuditAction.PASS_RETURNED, current.number(), "state: " + current.state().name()
                    + " → RETURNED" + (receipt == null ? "" : "; refund: " + deposit.get().held() + "; receipt: " + receipt));
            return PassStore.read(tx, current.id());
        });
    }

    private static void refuseUnlessReturnable(Pass pass) {
        if (pass.state() == PassState.LOST) {
            throw new UserFacingException("error.pass.lostNotReturned", pass.number());
        }
        if (pass.state() == PassState.RETURNED) {
            throw new UserFacingException("error.pass.alreadyReturned", pass.number());
        }
    }

    private PassType activeType(String code) {
        return types.find(code).filter(PassType::active)
                .orElseThrow(() -> new UserFacingException("error.pass.unknownType", code == null ? "" : code.trim()));
    }

    /** The holder's name: typed for an outsider, or the household person's, who must belong to the unit. */
    private String holder(PassDraft draft) {
        if (draft.holderPersonId().isPresent()) {
            long personId = draft.holderPersonId().get();
            Person person = households.card(draft.unitId()).people().stream()
                    .filter(candidate -> candidate.id() == personId && candidate.isCurrent()).findFirst()
                    .orElseThrow(() -> new UserFacingException("error.pass.holderNotInUnit"));
            return draft.holder() == null || draft.holder().isBlank() ? person.name() : KeyStore.text(draft.holder(),
                    "error.pass.holder", MAX_NAME, true);
        }
        return KeyStore.text(draft.holder(), "error.pass.holder", MAX_NAME, true);
    }

    private static PaymentMethod method(PaymentMethod chosen) {
        return chosen == null ? PaymentMethod.CASH : chosen;
    }

    /** A pass's deposit as the ledger shows it: "门禁卡押金", paid by the holder, noting the pass. */
    static OneOffCharge deposit(PassType type, Money amount, PaymentMethod method, String holder, String number) {
        return new OneOffCharge(DEPOSIT_CODE, type.name() + DEPOSIT_NAME, amount, method(method), holder, "pass: " + number);
    }
}
