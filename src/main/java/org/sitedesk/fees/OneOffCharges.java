package org.sitedesk.fees;

import static org.sitedesk.core.db.schema.Tables.FEE_ALLOCATION;
import static org.sitedesk.core.db.schema.Tables.FEE_CHARGE;
import static org.sitedesk.core.db.schema.Tables.FEE_PAYMENT;
import static org.sitedesk.core.db.schema.Tables.PREPAYMENT_DRAW;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.db.schema.tables.records.FeePaymentRecord;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.estate.Unit;

/**
 * Charges other features take at the counter the moment they arise, each a one-off charge on the unit
 * paid at once with a receipt of its own (DOMAIN.md fees 8, 10): a fee (a pass's reissue fee), or a
 * deposit (押金), which is money held for the payer and paid back once with a refund receipt. Written
 * inside the caller's transaction, so the pass or permit and its money stand or fall together; the
 * caller calls {@link #prepareReceipts()} before that transaction, as the counter does.
 */
public final class OneOffCharges {
    private static final Pattern ITEM_CODE = Pattern.compile("[A-Z0-9_-]{1,20}");
    private static final int MAX_NAME = 60;
    private static final int MAX_TEXT = 200;

    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;
    private final PaymentService payments;

    public OneOffCharges(Transactions transactions, AuditLog audit, Clock clock, PaymentService payments) {
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.payments = payments;
    }

    /** Makes sure this year's receipt counter exists, in a transaction of its own, before the one that takes a number. */
    public void prepareReceipts() {
        ReceiptNumbers.prepareYear(transactions, LocalDate.now(clock).getYear());
    }

    /** A fee posted and paid in one transaction of its own: the charge, its payment and its receipt. */
    public CollectedCharge collect(Actor actor, Unit unit, OneOffCharge charge) {
        actor.require(Permission.TAKE_PAYMENTS);
        prepareReceipts();
        return transactions.inTransaction(tx -> collect(tx, actor, unit, charge));
    }

    /** A fee posted to the unit and paid at once, inside the caller's transaction. */
    public CollectedCharge collect(DSLContext tx, Actor actor, Unit unit, OneOffCharge charge) {
        return post(tx, actor, unit, charge, false);
    }

    /** A deposit taken: charged and paid at once, inside the caller's transaction; it is held until {@link #refundDeposit}. */
    public CollectedCharge takeDeposit(DSLContext tx, Actor actor, Unit unit, OneOffCharge charge) {
        return post(tx, actor, unit, charge, true);
    }

    private CollectedCharge post(DSLContext tx, Actor actor, Unit unit, OneOffCharge charge, boolean deposit) {
        actor.require(Permission.TAKE_PAYMENTS);
        check(charge);
        LocalDate today = LocalDate.now(clock);
        long chargeId = insertCharge(tx, unit, charge.itemCode(), charge.itemName(), charge.amount(), charge.note(), deposit);
        // the payment names this charge and is exactly its amount: nothing goes to older charges or to prepayment
        PaymentRequest request = new PaymentRequest(unit.id(), charge.amount(), charge.method(), today, charge.payer(), "",
                "", List.of(chargeId));
        Receipt receipt = payments.pay(tx, actor, unit, request, FeeSettingsService.load(tx), Money.ZERO, today);
        return new CollectedCharge(chargeId, receipt.number());
    }

    /**
     * A deposit charged to the unit and left open, to be paid at the counter like any charge (a
     * renovation deposit, due before the permit), inside the caller's transaction. Returns its id.
     */
    public long chargeDeposit(DSLContext tx, Unit unit, String itemCode, String itemName, Money amount, String note) {
        check(new OneOffCharge(itemCode, itemName, amount, PaymentMethod.CASH, "", note));
        return insertCharge(tx, unit, itemCode, itemName, amount, note, true);
    }

    private long insertCharge(DSLContext tx, Unit unit, String itemCode, String itemName, Money amount, String note,
            boolean deposit) {
        LocalDate today = LocalDate.now(clock);
        return tx.insertInto(FEE_CHARGE)
                .set(FEE_CHARGE.UNIT_ID, unit.id())
                .set(FEE_CHARGE.ITEM_CODE, itemCode)
                .set(FEE_CHARGE.ITEM_NAME, itemName.trim())
                .set(FEE_CHARGE.PERIOD, today.withDayOfMonth(1))
                .set(FEE_CHARGE.PRINCIPAL, amount.amount())
                .set(FEE_CHARGE.DUE_DATE, today)
                .set(FEE_CHARGE.NOTE, blankToNull(note))
                .set(FEE_CHARGE.IS_DEPOSIT, deposit)
                .set(FEE_CHARGE.CREATED_AT, OffsetDateTime.now(clock))
                .returning(FEE_CHARGE.ID)
                .fetchOne()
                .getId();
    }

    /** One deduction from a deposit: the income charge's name in the ledger and its amount. */
    public record Deduction(String itemName, Money amount) {
    }

    /**
     * A deposit settled: the deductions' charges in order, the receipt of what was kept (empty when
     * nothing was), the refund receipt, and what the payer is handed over the counter.
     */
    public record Settled(List<Long> deductionCharges, String deductionReceipt, String refundReceipt, Money handedBack) {
    }

    /**
     * 押金结算: a deposit given back less deductions (damage, debris left). What is held is paid back
     * whole on a refund receipt, and the deductions become income charges of the unit (under
     * {@code itemCode}) paid at once out of that money, payer 押金抵扣, on one receipt; so the drawer
     * hands over the difference, the deposit holds nothing more, and the deductions are income like
     * any fee. Refused, changing nothing, when they come to more than is held. Inside the caller's
     * transaction, after {@link #prepareReceipts()}.
     */
    public Settled settleDeposit(DSLContext tx, Actor actor, Unit unit, long depositChargeId, String itemCode,
            List<Deduction> deductions, PaymentMethod method, String reason) {
        actor.require(Permission.TAKE_PAYMENTS);
        tx.select(FEE_CHARGE.ID).from(FEE_CHARGE).where(FEE_CHARGE.ID.eq(depositChargeId)).forUpdate().fetchOptional()
                .orElseThrow(() -> new UserFacingException("error.fees.noCharge", depositChargeId));
        Money held = balances(tx, List.of(depositChargeId)).get(depositChargeId).held();
        Money deducted = deductions.stream().map(Deduction::amount).reduce(Money.ZERO, Money::plus);
        if (deducted.compareTo(held) > 0) {
            throw new UserFacingException("error.fees.deductionsAboveDeposit", deducted.amount().toPlainString(),
                    held.amount().toPlainString());
        }
        String refundReceipt = refundDeposit(tx, actor, depositChargeId, method, reason);
        List<Long> charges = new java.util.ArrayList<>();
        for (Deduction deduction : deductions) {
            check(new OneOffCharge(itemCode, deduction.itemName(), deduction.amount(), method, "", reason));
            charges.add(insertCharge(tx, unit, itemCode, deduction.itemName(), deduction.amount(), reason, false));
        }
        String deductionReceipt = "";
        if (deducted.isPositive()) {
            LocalDate today = LocalDate.now(clock);
            PaymentRequest kept = new PaymentRequest(unit.id(), deducted, method, today, "押金抵扣", "", "", charges);
            deductionReceipt = payments.pay(tx, actor, unit, kept, FeeSettingsService.load(tx), Money.ZERO, today).number();
        }
        return new Settled(List.copyOf(charges), deductionReceipt, refundReceipt, held.minus(deducted));
    }

    /**
     * 退押金: pays back what is still held of a deposit, all of it, with a refund receipt of its own
     * (the next receipt number). Refused for a charge that is no deposit or holds nothing any more (paid
     * back already, or its payment voided). The deposit's row is locked, so two counters cannot both pay it back.
     */
    public String refundDeposit(DSLContext tx, Actor actor, long chargeId, PaymentMethod method, String reason) {
        actor.require(Permission.TAKE_PAYMENTS);
        String why = reason == null ? "" : reason.trim();
        if (why.isEmpty() || why.length() > MAX_TEXT) {
            throw new UserFacingException("error.fees.adjustmentReason", MAX_TEXT);
        }
        if (method == null) {
            throw new UserFacingException("error.fees.method");
        }
        var charge = tx.select(FEE_CHARGE.UNIT_ID, FEE_CHARGE.IS_DEPOSIT, FEE_CHARGE.ITEM_NAME).from(FEE_CHARGE)
                .where(FEE_CHARGE.ID.eq(chargeId)).forUpdate().fetchOptional()
                .orElseThrow(() -> new UserFacingException("error.fees.noCharge", chargeId));
        if (!charge.value2()) {
            throw new UserFacingException("error.fees.notDeposit", chargeId);
        }
        Money held = balances(tx, List.of(chargeId)).get(chargeId).held();
        if (!held.isPositive()) {
            throw new UserFacingException("error.fees.depositNotHeld", charge.value3());
        }
        LocalDate today = LocalDate.now(clock);
        String number = ReceiptNumbers.next(tx, today.getYear());
        FeePaymentRecord refund = tx.newRecord(FEE_PAYMENT);
        refund.setUnitId(charge.value1());
        refund.setKind("REFUND");
        refund.setAmount(held.amount());
        refund.setMethod(method.name());
        refund.setPaidOn(today);
        refund.setRecordedAt(OffsetDateTime.now(clock));
        refund.setCashier(actor.name());
        refund.setReason(why);
        refund.setReceiptNumber(number);
        refund.store();
        tx.insertInto(FEE_ALLOCATION).set(FEE_ALLOCATION.PAYMENT_ID, refund.getId()).set(FEE_ALLOCATION.CHARGE_ID, chargeId)
                .set(FEE_ALLOCATION.PART, ChargePart.DEPOSIT_BACK.name()).set(FEE_ALLOCATION.AMOUNT, held.amount())
                .execute();
        audit.record(tx, actor, FeeAuditAction.DEPOSIT_REFUNDED, number, "charge: " + chargeId + "; item: "
                + charge.value3() + "; amount: " + held.amount().toPlainString() + "; reason: " + why);
        return number;
    }

    /** The deposits (or any charges) named, as the ledger stands now; charges that do not exist are absent. */
    public Map<Long, DepositBalance> deposits(Collection<Long> chargeIds) {
        if (chargeIds.isEmpty()) {
            return Map.of();
        }
        return transactions.inTransaction(tx -> balances(tx, chargeIds));
    }

    static Map<Long, DepositBalance> balances(DSLContext tx, Collection<Long> chargeIds) {
        Map<Long, BigDecimal> paid = new HashMap<>();
        Map<Long, BigDecimal> refunded = new HashMap<>();
        tx.select(FEE_ALLOCATION.CHARGE_ID, FEE_ALLOCATION.PART, DSL.sum(FEE_ALLOCATION.AMOUNT))
                .from(FEE_ALLOCATION).join(FEE_PAYMENT).on(FEE_PAYMENT.ID.eq(FEE_ALLOCATION.PAYMENT_ID))
                .where(FEE_ALLOCATION.CHARGE_ID.in(chargeIds)).and(Ledger.notVoided())
                .and(FEE_ALLOCATION.PART.in(ChargePart.PRINCIPAL.name(), ChargePart.DEPOSIT_BACK.name()))
                .groupBy(FEE_ALLOCATION.CHARGE_ID, FEE_ALLOCATION.PART)
                .forEach(row -> (ChargePart.PRINCIPAL.name().equals(row.value2()) ? paid : refunded)
                        .merge(row.value1(), row.value3(), BigDecimal::add));
        tx.select(PREPAYMENT_DRAW.CHARGE_ID, DSL.sum(PREPAYMENT_DRAW.AMOUNT)).from(PREPAYMENT_DRAW)
                .where(PREPAYMENT_DRAW.CHARGE_ID.in(chargeIds)).and(PREPAYMENT_DRAW.PART.eq(ChargePart.PRINCIPAL.name()))
                .groupBy(PREPAYMENT_DRAW.CHARGE_ID)
                .forEach(row -> paid.merge(row.value1(), row.value2(), BigDecimal::add));
        Map<Long, DepositBalance> balances = new LinkedHashMap<>();
        tx.select(FEE_CHARGE.ID, FEE_CHARGE.PRINCIPAL).from(FEE_CHARGE).where(FEE_CHARGE.ID.in(chargeIds))
                .orderBy(FEE_CHARGE.ID)
                .forEach(row -> balances.put(row.value1(), new DepositBalance(row.value1(), Money.of(row.value2()),
                        Money.of(paid.getOrDefault(row.value1(), BigDecimal.ZERO)),
                        Money.of(refunded.getOrDefault(row.value1(), BigDecimal.ZERO)))));
        return balances;
    }

    /**
     * Whether a payment paid a deposit that has been paid back since, wholly or partly: voiding it
     * would leave more paid back than paid in, so the void is refused.
     */
    static boolean paidARefundedDeposit(DSLContext tx, long paymentId) {
        List<Long> deposits = tx.select(FEE_ALLOCATION.CHARGE_ID).from(FEE_ALLOCATION).join(FEE_CHARGE)
                .on(FEE_CHARGE.ID.eq(FEE_ALLOCATION.CHARGE_ID))
                .where(FEE_ALLOCATION.PAYMENT_ID.eq(paymentId)).and(FEE_CHARGE.IS_DEPOSIT.isTrue())
                .fetch(FEE_ALLOCATION.CHARGE_ID);
        return !deposits.isEmpty() && balances(tx, deposits).values().stream().anyMatch(balance -> balance.refunded().isPositive());
    }

    private static void check(OneOffCharge charge) {
        if (charge.amount() == null || !charge.amount().isPositive()) {
            throw new UserFacingException("error.fees.amount");
        }
        if (charge.method() == null) {
            throw new UserFacingException("error.fees.method");
        }
        if (charge.itemCode() == null || !ITEM_CODE.matcher(charge.itemCode()).matches()) {
            throw new UserFacingException("error.fees.itemCode");
        }
        if (charge.itemName() == null || charge.itemName().isBlank() || charge.itemName().trim().length() > MAX_NAME) {
            throw new UserFacingException("error.fees.itemName", MAX_NAME);
        }
        for (String text : new String[] {charge.payer(), charge.note()}) {
            if (text != null && text.length() > MAX_TEXT) {
                throw new UserFacingException("error.fees.textTooLong", MAX_TEXT);
            }
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
