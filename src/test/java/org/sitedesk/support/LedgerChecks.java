package org.sitedesk.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitedesk.core.db.schema.Tables.FEE_ALLOCATION;
import static org.sitedesk.core.db.schema.Tables.FEE_CHARGE;
import static org.sitedesk.core.db.schema.Tables.FEE_PAYMENT;
import static org.sitedesk.core.db.schema.Tables.FEE_WAIVER;
import static org.sitedesk.core.db.schema.Tables.PREPAYMENT_DRAW;
import static org.sitedesk.core.db.schema.Tables.RECEIPT_COUNTER;
import static org.sitedesk.core.db.schema.Tables.RECEIPT_VOID;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;
import org.sitedesk.fees.OpenCharge;
import org.sitedesk.fees.UnitAccount;

/**
 * The ledger's invariants (DOMAIN.md fees 10) and gap-free receipt numbering (fees 8), recomputed
 * from the raw rows with SQL rather than through the services' own reading of the ledger, so a test
 * can check them after anything: random use, two counters at once, a crash in the middle of a run.
 */
public final class LedgerChecks {
    private LedgerChecks() {
    }

    /** Everything below: the whole ledger, the receipt numbering, and each named unit's account. */
    public static void all(TestDatabase db, Collection<Long> units, LocalDate today) {
        wholeLedger(db.database.dsl());
        receiptsGapFree(db.database.dsl());
        accounts(db, units, today);
    }

    /**
     * Per unit, the account the counter shows agrees with the rows: principal owed is charged less
     * paid, drawn and waived; prepayment is paid in less refunded and drawn, never negative; no open
     * charge is listed twice or below zero.
     */
    public static void accounts(TestDatabase db, Collection<Long> units, LocalDate today) {
        DSLContext dsl = db.database.dsl();
        for (long unit : units) {
            UnitAccount account = db.services.fees().payments().account(unit, today);
            BigDecimal charged = sum(dsl.select(DSL.sum(FEE_CHARGE.PRINCIPAL)).from(FEE_CHARGE).where(FEE_CHARGE.UNIT_ID.eq(unit)));
            BigDecimal paid = sum(dsl.select(DSL.sum(FEE_ALLOCATION.AMOUNT)).from(FEE_ALLOCATION)
                    .join(FEE_PAYMENT).on(FEE_PAYMENT.ID.eq(FEE_ALLOCATION.PAYMENT_ID))
                    .where(FEE_PAYMENT.UNIT_ID.eq(unit)).and(FEE_ALLOCATION.PART.eq("PRINCIPAL")).and(notVoided()));
            BigDecimal drawn = sum(dsl.select(DSL.sum(PREPAYMENT_DRAW.AMOUNT)).from(PREPAYMENT_DRAW)
                    .where(PREPAYMENT_DRAW.UNIT_ID.eq(unit)).and(PREPAYMENT_DRAW.PART.eq("PRINCIPAL")));
            BigDecimal waived = sum(dsl.select(DSL.sum(FEE_WAIVER.AMOUNT)).from(FEE_WAIVER)
                    .join(FEE_CHARGE).on(FEE_CHARGE.ID.eq(FEE_WAIVER.CHARGE_ID))
                    .where(FEE_CHARGE.UNIT_ID.eq(unit)).and(FEE_WAIVER.PART.eq("PRINCIPAL")));
            assertThat(account.principalOwed().amount()).as("principal owed by unit " + unit)
                    .isEqualByComparingTo(charged.subtract(paid).subtract(drawn).subtract(waived));
            BigDecimal prepayment = prepayments(dsl, FEE_PAYMENT.UNIT_ID.eq(unit), PREPAYMENT_DRAW.UNIT_ID.eq(unit))
                    .getOrDefault(unit, BigDecimal.ZERO);
            assertThat(account.prepayment().amount()).as("prepayment of unit " + unit).isEqualByComparingTo(prepayment);
            assertThat(prepayment.signum()).as("prepayment never negative").isGreaterThanOrEqualTo(0);
            Set<Long> seen = new HashSet<>();
            for (OpenCharge charge : account.openCharges()) {
                assertThat(seen.add(charge.chargeId())).isTrue();
                assertThat(charge.principalOpen().isNegative() || charge.lateFeeOpen().isNegative()).isFalse();
            }
        }
    }

    /**
     * For every row at once, however many there are: each payment has allocations and they sum to its
     * amount; every allocation, draw and waiver belongs to a charge of the payment's own unit; no
     * charge's principal is reduced below zero; no unit's prepayment is negative.
     */
    public static void wholeLedger(DSLContext dsl) {
        Field<BigDecimal> allocated = DSL.coalesce(DSL.sum(FEE_ALLOCATION.AMOUNT), BigDecimal.ZERO);
        List<String> unbalanced = dsl.select(FEE_PAYMENT.RECEIPT_NUMBER).from(FEE_PAYMENT)
                .leftJoin(FEE_ALLOCATION).on(FEE_ALLOCATION.PAYMENT_ID.eq(FEE_PAYMENT.ID))
                .groupBy(FEE_PAYMENT.ID, FEE_PAYMENT.RECEIPT_NUMBER, FEE_PAYMENT.AMOUNT)
                .having(allocated.ne(FEE_PAYMENT.AMOUNT))
                .fetch(FEE_PAYMENT.RECEIPT_NUMBER);
        assertThat(unbalanced).as("payments whose allocations do not sum to their amount").isEmpty();
        assertThat(dsl.fetchCount(dsl.select(FEE_ALLOCATION.ID).from(FEE_ALLOCATION)
                .join(FEE_PAYMENT).on(FEE_PAYMENT.ID.eq(FEE_ALLOCATION.PAYMENT_ID))
                .join(FEE_CHARGE).on(FEE_CHARGE.ID.eq(FEE_ALLOCATION.CHARGE_ID))
                .where(FEE_CHARGE.UNIT_ID.ne(FEE_PAYMENT.UNIT_ID))))
                .as("allocations to another unit's charge").isZero();
        assertThat(dsl.fetchCount(dsl.select(PREPAYMENT_DRAW.ID).from(PREPAYMENT_DRAW)
                .join(FEE_CHARGE).on(FEE_CHARGE.ID.eq(PREPAYMENT_DRAW.CHARGE_ID))
                .where(FEE_CHARGE.UNIT_ID.ne(PREPAYMENT_DRAW.UNIT_ID))))
                .as("prepayment drawn for another unit's charge").isZero();

        Map<Long, BigDecimal> reduced = new TreeMap<>();
        dsl.select(FEE_ALLOCATION.CHARGE_ID, DSL.sum(FEE_ALLOCATION.AMOUNT)).from(FEE_ALLOCATION)
                .join(FEE_PAYMENT).on(FEE_PAYMENT.ID.eq(FEE_ALLOCATION.PAYMENT_ID))
                .where(FEE_ALLOCATION.PART.eq("PRINCIPAL")).and(notVoided())
                .groupBy(FEE_ALLOCATION.CHARGE_ID)
                .forEach(row -> reduced.merge(row.value1(), row.value2(), BigDecimal::add));
        dsl.select(PREPAYMENT_DRAW.CHARGE_ID, DSL.sum(PREPAYMENT_DRAW.AMOUNT)).from(PREPAYMENT_DRAW)
                .where(PREPAYMENT_DRAW.PART.eq("PRINCIPAL")).groupBy(PREPAYMENT_DRAW.CHARGE_ID)
                .forEach(row -> reduced.merge(row.value1(), row.value2(), BigDecimal::add));
        dsl.select(FEE_WAIVER.CHARGE_ID, DSL.sum(FEE_WAIVER.AMOUNT)).from(FEE_WAIVER)
                .where(FEE_WAIVER.PART.eq("PRINCIPAL")).groupBy(FEE_WAIVER.CHARGE_ID)
                .forEach(row -> reduced.merge(row.value1(), row.value2(), BigDecimal::add));
        Map<Long, BigDecimal> principal = dsl.select(FEE_CHARGE.ID, FEE_CHARGE.PRINCIPAL).from(FEE_CHARGE)
                .where(FEE_CHARGE.ID.in(reduced.keySet())).fetchMap(FEE_CHARGE.ID, FEE_CHARGE.PRINCIPAL);
        List<Long> overpaid = new ArrayList<>();
        reduced.forEach((charge, amount) -> {
            if (amount.compareTo(principal.getOrDefault(charge, BigDecimal.ZERO)) > 0) {
                overpaid.add(charge);
            }
        });
        assertThat(overpaid).as("charges whose principal was reduced below zero").isEmpty();
        prepayments(dsl, DSL.noCondition(), DSL.noCondition()).forEach((unit, balance) ->
                assertThat(balance.signum()).as("prepayment of unit " + unit).isGreaterThanOrEqualTo(0));
    }

    /**
     * Receipt numbers of each year run 1, 2, 3 … without a gap or a twin, and the year's counter row
     * stands at the last one issued (a number taken by a transaction that rolled back was given back).
     */
    public static void receiptsGapFree(DSLContext dsl) {
        Map<Integer, List<String>> byYear = new TreeMap<>();
        dsl.select(FEE_PAYMENT.RECEIPT_NUMBER).from(FEE_PAYMENT).orderBy(FEE_PAYMENT.RECEIPT_NUMBER)
                .forEach(row -> byYear.computeIfAbsent(Integer.parseInt(row.value1().substring(0, 4)), year -> new ArrayList<>())
                        .add(row.value1()));
        Map<Integer, Integer> counters = dsl.select(RECEIPT_COUNTER.RECEIPT_YEAR, RECEIPT_COUNTER.LAST_NUMBER)
                .from(RECEIPT_COUNTER).fetchMap(RECEIPT_COUNTER.RECEIPT_YEAR, RECEIPT_COUNTER.LAST_NUMBER);
        byYear.forEach((year, numbers) -> {
            assertThat(numbers).as("receipts of " + year + ", gap-free and unique").isEqualTo(receiptNumbers(year, numbers.size()));
            assertThat(counters.get(year)).as("receipt counter of " + year).isEqualTo(numbers.size());
        });
        counters.forEach((year, last) -> assertThat(last).as("receipt counter of " + year)
                .isEqualTo(byYear.getOrDefault(year, List.of()).size()));
    }

    /** {@code 2026-000001} to {@code 2026-00000n}: what a year's first {@code count} receipts are numbered. */
    public static List<String> receiptNumbers(int year, int count) {
        List<String> numbers = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            numbers.add(String.format("%d-%06d", year, i));
        }
        return numbers;
    }

    private static Map<Long, BigDecimal> prepayments(DSLContext dsl, Condition payments, Condition draws) {
        Map<Long, BigDecimal> balances = new TreeMap<>();
        dsl.select(FEE_PAYMENT.UNIT_ID, FEE_ALLOCATION.PART, DSL.sum(FEE_ALLOCATION.AMOUNT)).from(FEE_ALLOCATION)
                .join(FEE_PAYMENT).on(FEE_PAYMENT.ID.eq(FEE_ALLOCATION.PAYMENT_ID))
                .where(FEE_ALLOCATION.PART.in("PREPAYMENT", "REFUND")).and(payments).and(notVoided())
                .groupBy(FEE_PAYMENT.UNIT_ID, FEE_ALLOCATION.PART)
                .forEach(row -> balances.merge(row.value1(), "REFUND".equals(row.value2()) ? row.value3().negate() : row.value3(),
                        BigDecimal::add));
        dsl.select(PREPAYMENT_DRAW.UNIT_ID, DSL.sum(PREPAYMENT_DRAW.AMOUNT)).from(PREPAYMENT_DRAW).where(draws)
                .groupBy(PREPAYMENT_DRAW.UNIT_ID)
                .forEach(row -> balances.merge(row.value1(), row.value2().negate(), BigDecimal::add));
        return balances;
    }

    /** A payment counts unless its receipt was voided. */
    private static Condition notVoided() {
        return DSL.notExists(DSL.selectOne().from(RECEIPT_VOID).where(RECEIPT_VOID.PAYMENT_ID.eq(FEE_PAYMENT.ID)));
    }

    private static BigDecimal sum(ResultQuery<? extends Record1<BigDecimal>> query) {
        BigDecimal value = query.fetchOne().value1();
        return value == null ? BigDecimal.ZERO : value;
    }
}
