package org.sitedesk.fees;

import static org.sitedesk.core.db.schema.Tables.FEE_ALLOCATION;
import static org.sitedesk.core.db.schema.Tables.FEE_CHARGE;
import static org.sitedesk.core.db.schema.Tables.FEE_PAYMENT;
import static org.sitedesk.core.db.schema.Tables.FEE_WAIVER;
import static org.sitedesk.core.db.schema.Tables.PREPAYMENT_DRAW;
import static org.sitedesk.core.db.schema.Tables.RECEIPT_VOID;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.sitedesk.core.money.Money;

/**
 * Reads the append-only ledger into balances, for one unit or for all: every charge with what reduced
 * it, and every unit's prepayment. Payments whose receipt is voided do not count.
 */
final class Ledger {
    private Ledger() {
    }

    /** The charges of one unit ({@code unitId} set) or of every unit ({@code null}), oldest first. */
    static Map<Long, ChargeBalance> charges(DSLContext tx, Long unitId) {
        Map<Long, ChargeBalance> charges = new LinkedHashMap<>();
        tx.select(FEE_CHARGE.ID, FEE_CHARGE.UNIT_ID, FEE_CHARGE.ITEM_CODE, FEE_CHARGE.ITEM_NAME, FEE_CHARGE.PERIOD,
                        FEE_CHARGE.PRINCIPAL, FEE_CHARGE.DUE_DATE, FEE_CHARGE.IS_DEPOSIT)
                .from(FEE_CHARGE).where(unit(FEE_CHARGE.UNIT_ID, unitId))
                .orderBy(FEE_CHARGE.PERIOD, FEE_CHARGE.ITEM_CODE, FEE_CHARGE.ID)
                .forEach(row -> charges.put(row.value1(), new ChargeBalance(row.value1(), row.value2(), row.value3(),
                        row.value4(), YearMonth.from(row.value5()), Money.of(row.value6()), row.value7(), row.value8())));
        // a deposit paid back names its charge too, but it neither pays nor reopens it: only what was paid counts
        tx.select(FEE_ALLOCATION.CHARGE_ID, FEE_ALLOCATION.PART, FEE_ALLOCATION.AMOUNT, FEE_PAYMENT.PAID_ON)
                .from(FEE_ALLOCATION).join(FEE_PAYMENT).on(FEE_PAYMENT.ID.eq(FEE_ALLOCATION.PAYMENT_ID))
                .where(FEE_ALLOCATION.CHARGE_ID.isNotNull())
                .and(FEE_ALLOCATION.PART.in(ChargePart.PRINCIPAL.name(), ChargePart.LATE_FEE.name()))
                .and(unit(FEE_PAYMENT.UNIT_ID, unitId)).and(notVoided())
                .forEach(row -> reduce(charges, row.value1(), row.value2(), row.value4(), row.value3(), false));
        tx.select(PREPAYMENT_DRAW.CHARGE_ID, PREPAYMENT_DRAW.PART, PREPAYMENT_DRAW.AMOUNT, PREPAYMENT_DRAW.DRAWN_ON)
                .from(PREPAYMENT_DRAW).where(unit(PREPAYMENT_DRAW.UNIT_ID, unitId))
                .forEach(row -> reduce(charges, row.value1(), row.value2(), row.value4(), row.value3(), false));
        tx.select(FEE_WAIVER.CHARGE_ID, FEE_WAIVER.PART, FEE_WAIVER.AMOUNT, FEE_WAIVER.WAIVED_ON)
                .from(FEE_WAIVER).join(FEE_CHARGE).on(FEE_CHARGE.ID.eq(FEE_WAIVER.CHARGE_ID))
                .where(unit(FEE_CHARGE.UNIT_ID, unitId))
                .forEach(row -> reduce(charges, row.value1(), row.value2(), row.value4(), row.value3(), true));
        return charges;
    }

    /** Prepayment (预存) per unit: paid in, less refunds and draws; units with none are absent. */
    static Map<Long, Money> prepayments(DSLContext tx, Long unitId) {
        Map<Long, BigDecimal> balances = new HashMap<>();
        Field<BigDecimal> sum = DSL.sum(FEE_ALLOCATION.AMOUNT);
        tx.select(FEE_PAYMENT.UNIT_ID, FEE_ALLOCATION.PART, sum)
                .from(FEE_ALLOCATION).join(FEE_PAYMENT).on(FEE_PAYMENT.ID.eq(FEE_ALLOCATION.PAYMENT_ID))
                .where(FEE_ALLOCATION.PART.in(ChargePart.PREPAYMENT.name(), ChargePart.REFUND.name()))
                .and(unit(FEE_PAYMENT.UNIT_ID, unitId)).and(notVoided())
                .groupBy(FEE_PAYMENT.UNIT_ID, FEE_ALLOCATION.PART)
                .forEach(row -> balances.merge(row.value1(), ChargePart.REFUND.name().equals(row.value2())
                        ? row.value3().negate() : row.value3(), BigDecimal::add));
        tx.select(PREPAYMENT_DRAW.UNIT_ID, DSL.sum(PREPAYMENT_DRAW.AMOUNT)).from(PREPAYMENT_DRAW)
                .where(unit(PREPAYMENT_DRAW.UNIT_ID, unitId)).groupBy(PREPAYMENT_DRAW.UNIT_ID)
                .forEach(row -> balances.merge(row.value1(), row.value2().negate(), BigDecimal::add));
        Map<Long, Money> result = new HashMap<>();
        balances.forEach((unit, amount) -> {
            if (amount.signum() != 0) {
                result.put(unit, Money.of(amount));
            }
        });
        return result;
    }

    static Money prepayment(DSLContext tx, long unitId) {
        return prepayments(tx, unitId).getOrDefault(unitId, Money.ZERO);
    }

    static Condition notVoided() {
        return DSL.notExists(DSL.selectOne().from(RECEIPT_VOID).where(RECEIPT_VOID.PAYMENT_ID.eq(FEE_PAYMENT.ID)));
    }

    private static Condition unit(Field<Long> field, Long unitId) {
        return unitId == null ? DSL.noCondition() : field.eq(unitId);
    }

    private static void reduce(Map<Long, ChargeBalance> charges, long chargeId, String part, LocalDate on,
            BigDecimal amount, boolean waiver) {
        ChargeBalance charge = charges.get(chargeId);
        if (charge != null) {
            charge.reduce(ChargePart.valueOf(part), on, Money.of(amount), waiver);
        }
    }
}
