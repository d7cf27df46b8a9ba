package org.sitedesk.fees;

import static org.sitedesk.core.db.schema.Tables.FEE_ALLOCATION;
import static org.sitedesk.core.db.schema.Tables.FEE_CHARGE;
import static org.sitedesk.core.db.schema.Tables.FEE_PAYMENT;
import static org.sitedesk.core.db.schema.Tables.FEE_WAIVER;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.jooq.DSLContext;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.db.schema.tables.records.FeePaymentRecord;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;

/**
 * What only a supervisor may do to an account (DOMAIN.md fees 5, 6, 10), each with a reason and as a
 * new ledger row: waive late fee in part or whole, write off what is left of a charge, refund
 * prepayment (with a receipt of its own).
 */
public final class AdjustmentService {
    private static final int MAX_REASON = 200;

    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;
    private final FeeSettingsService settings;

    public AdjustmentService(Transactions transactions, AuditLog audit, Clock clock, FeeSettingsService settings) {
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
    }

    /** 减免违约金: at most the late fee open on the charge today. */
    public Money waiveLateFee(Actor actor, long chargeId, Money amount, String reason) {
        actor.require(Permission.APPROVE_FEE_ADJUSTMENTS);
        String why = reason(reason);
        FeeSettings rules = settings.load();
        return transactions.inTransaction(tx -> {
            ChargeBalance charge = charge(tx, chargeId);
            Money open = charge.lateFeeOpen(new LateFeeRule(rules), LocalDate.now(clock));
            if (amount == null || !amount.isPositive() || amount.compareTo(open) > 0) {
                throw new UserFacingException("error.fees.waiverAmount", open.amount().toPlainString());
            }
            waive(tx, actor, chargeId, ChargePart.LATE_FEE, amount, why);
            audit.record(tx, actor, FeeAuditAction.LATE_FEE_WAIVED, Long.toString(chargeId),
                    "period: " + charge.period() + "; item: " + charge.code() + "; amount: " + amount.amount().toPlainString()
                            + "; reason: " + why);
            return amount;
        });
    }

    /** 核销: the principal still owed on a charge is forgiven. Returns the amount written off. */
    public Money writeOff(Actor actor, long chargeId, String reason) {
        actor.require(Permission.APPROVE_FEE_ADJUSTMENTS);
        String why = reason(reason);
        return transactions.inTransaction(tx -> {
            ChargeBalance charge = charge(tx, chargeId);
            Money open = charge.principalOpen();
            if (!open.isPositive()) {
                throw new UserFacingException("error.fees.nothingToWriteOff");
            }
            waive(tx, actor, chargeId, ChargePart.PRINCIPAL, open, why);
            audit.record(tx, actor, FeeAuditAction.CHARGE_WRITTEN_OFF, Long.toString(chargeId),
                    "period: " + charge.period() + "; item: " + charge.code() + "; amount: " + open.amount().toPlainString()
                            + "; reason: " + why);
            return open;
        });
    }

    /** 退还预存: pays prepayment back; the refund gets the next receipt number. */
    public String refundPrepayment(Actor actor, long unitId, Money amount, PaymentMethod method, String reason) {
        actor.require(Permission.APPROVE_FEE_ADJUSTMENTS);
        String why = reason(reason);
        ReceiptNumbers.prepareYear(transactions, LocalDate.now(clock).getYear());
        return transactions.inTransaction(tx -> {
            Money prepayment = Ledger.prepayment(tx, unitId);
            if (amount == null || !amount.isPositive() || amount.compareTo(prepayment) > 0) {
                throw new UserFacingException("error.fees.refundAmount", prepayment.amount().toPlainString());
            }
            LocalDate today = LocalDate.now(clock);
            String number = ReceiptNumbers.next(tx, today.getYear());
            FeePaymentRecord refund = tx.newRecord(FEE_PAYMENT);
            refund.setUnitId(unitId);
            refund.setKind("REFUND");
            refund.setAmount(amount.amount());
            refund.setMethod(method.name());
            refund.setPaidOn(today);
            refund.setRecordedAt(OffsetDateTime.now(clock));
            refund.setCashier(actor.name());
            refund.setReason(why);
            refund.setReceiptNumber(number);
            refund.store();
            tx.insertInto(FEE_ALLOCATION).set(FEE_ALLOCATION.PAYMENT_ID, refund.getId())
                    .set(FEE_ALLOCATION.PART, ChargePart.REFUND.name()).set(FEE_ALLOCATION.AMOUNT, amount.amount()).execute();
            audit.record(tx, actor, FeeAuditAction.PREPAYMENT_REFUNDED, number, "amount: " + amount.amount().toPlainString()
                    + "; reason: " + why);
            return number;
        });
    }

    private static ChargeBalance charge(DSLContext tx, long chargeId) {
        Long unitId = tx.select(FEE_CHARGE.UNIT_ID).from(FEE_CHARGE).where(FEE_CHARGE.ID.eq(chargeId)).forUpdate()
                .fetchOptional(FEE_CHARGE.UNIT_ID).orElseThrow(() -> new UserFacingException("error.fees.noCharge", chargeId));
        Map<Long, ChargeBalance> charges = Ledger.charges(tx, unitId);
        return charges.get(chargeId);
    }

    private void waive(DSLContext tx, Actor actor, long chargeId, ChargePart part, Money amount, String why) {
        tx.insertInto(FEE_WAIVER).set(FEE_WAIVER.CHARGE_ID, chargeId).set(FEE_WAIVER.PART, part.name())
                .set(FEE_WAIVER.AMOUNT, amount.amount()).set(FEE_WAIVER.WAIVED_ON, LocalDate.now(clock))
                .set(FEE_WAIVER.RECORDED_AT, OffsetDateTime.now(clock)).set(FEE_WAIVER.APPROVED_BY, actor.name())
                .set(FEE_WAIVER.REASON, why).execute();
    }

    private static String reason(String reason) {
        String why = reason == null ? "" : reason.trim();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw new UserFacingException("error.fees.adjustmentReason", MAX_REASON);
        }
        return why;
    }
}
