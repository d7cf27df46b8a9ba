package org.sitedesk.fees;

import static org.sitedesk.core.db.schema.Tables.FEE_ALLOCATION;
import static org.sitedesk.core.db.schema.Tables.FEE_PAYMENT;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.db.schema.tables.records.FeePaymentRecord;

/**
 * Settles a deposit the unit paid as a charge (a renovation deposit) when it is given back less
 * deductions: each deduction becomes an income charge of its own, paid out of the deposit with one
 * receipt (method: the refund's, payer 押金抵扣), and what is left is paid back with a refund receipt.
 * Both are written inside the caller's transaction, so the feature's record and the ledger stand or
 * fall together; the ledger's invariants hold because nothing is allocated to a charge beyond its
 * principal and the refund does not touch the unit's prepayment.
 */
public final class DepositSettlement {
    /** The item code deductions are charged under. */
    public static final String DEDUCTION_CODE = "DEPOSIT_DEDUCTION";

    private final AuditLog audit;
    private final Clock clock;
    private final BillingService billing;
    private final Transactions transactions;

    public DepositSettlement(Transactions transactions, AuditLog audit, Clock clock, BillingService billing) {
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.billing = billing;
    }

    /** One deduction: why, how much, and the charge's name in the ledger. */
    public record Deduction(String itemName, String reason, Money amount) {
    }

    /** The charge ids of the deductions, their receipt (empty when none) and the refund's (empty when nothing is left). */
    public record Settled(List<Long> deductionCharges, String deductionReceipt, Money refunded, String refundReceipt) {
    }

    /** Call before the caller's transaction, as receipts need their year's counter row. */
    public void prepareReceipts() {
        ReceiptNumbers.prepareYear(transactions, LocalDate.now(clock).getYear());
    }

    /**
     * Pays back {@code deposit} less the deductions, whose sum the caller has checked is at most the
     * deposit. {@code reference} names what the deposit was for (a permit number).
     */
    public Settled settle(DSLContext tx, Actor actor, long unitId, Money deposit, List<Deduction> deductions,
            PaymentMethod method, String reference) {
        LocalDate today = LocalDate.now(clock);
        List<Long> charges = new ArrayList<>();
        Money deducted = Money.ZERO;
        for (Deduction deduction : deductions) {
            charges.add(billing.chargeOneOff(tx, unitId, DEDUCTION_CODE, deduction.itemName(), deduction.amount(),
                    reference + " " + deduction.reason()));
            deducted = deducted.plus(deduction.amount());
        }
        String deductionReceipt = "";
        if (deducted.isPositive()) {
            FeePaymentRecord payment = payment(tx, actor, unitId, "PAYMENT", deducted, method, today, reference);
            payment.setPayer("押金抵扣");
            payment.store();
            for (int i = 0; i < charges.size(); i++) {
                allocate(tx, payment.getId(), charges.get(i), ChargePart.PRINCIPAL, deductions.get(i).amount());
            }
            deductionReceipt = payment.getReceiptNumber();
        }
        Money refund = deposit.minus(deducted);
        String refundReceipt = "";
        if (refund.isPositive()) {
            FeePaymentRecord payment = payment(tx, actor, unitId, "REFUND", refund, method, today, reference);
            payment.store();
            allocate(tx, payment.getId(), null, ChargePart.DEPOSIT_BACK, refund);
            refundReceipt = payment.getReceiptNumber();
        }
        audit.record(tx, actor, FeeAuditAction.DEPOSIT_SETTLED, reference, "deposit: " + deposit.amount().toPlainString()
                + "; deducted: " + deducted.amount().toPlainString() + "; refunded: " + refund.amount().toPlainString()
                + (deductionReceipt.isEmpty() ? "" : "; receipt: " + deductionReceipt)
                + (refundReceipt.isEmpty() ? "" : "; refund receipt: " + refundReceipt));
        return new Settled(charges, deductionReceipt, refund, refundReceipt);
    }

    private FeePaymentRecord payment(DSLContext tx, Actor actor, long unitId, String kind, Money amount, PaymentMethod method,
            LocalDate today, String reference) {
        FeePaymentRecord payment = tx.newRecord(FEE_PAYMENT);
        payment.setUnitId(unitId);
        payment.setKind(kind);
        payment.setAmount(amount.amount());
        payment.setMethod(method.name());
        payment.setPaidOn(today);
        payment.setRecordedAt(OffsetDateTime.now(clock));
        payment.setCashier(actor.name());
        payment.setReference(reference);
        payment.setReason("押金结算 " + reference);
        payment.setReceiptNumber(ReceiptNumbers.next(tx, today.getYear()));
        return payment;
    }

    private static void allocate(DSLContext tx, long paymentId, Long chargeId, ChargePart part, Money amount) {
        tx.insertInto(FEE_ALLOCATION).set(FEE_ALLOCATION.PAYMENT_ID, paymentId).set(FEE_ALLOCATION.CHARGE_ID, chargeId)
                .set(FEE_ALLOCATION.PART, part.name()).set(FEE_ALLOCATION.AMOUNT, amount.amount()).execute();
    }
}
