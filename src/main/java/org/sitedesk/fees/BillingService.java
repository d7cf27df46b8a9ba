package org.sitedesk.fees;

import static org.sitedesk.core.db.schema.Tables.BILLING_RUN;
import static org.sitedesk.core.db.schema.Tables.FEE_CHARGE;
import static org.sitedesk.core.db.schema.Tables.PREPAYMENT_DRAW;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.sitedesk.core.Progress;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.estate.EstateService;
import org.sitedesk.estate.Unit;

/**
 * 生成账单: one charge per unit and fee item for a month (DOMAIN.md fees 2–3), billing from the month
 * after handover, due on the site's due day. Idempotent: a month billed again creates only what is
 * missing (units or items added since), usually nothing. All or nothing; prepayment is drawn for the
 * new bills in the same transaction. A month no fee item applies to is refused, saying so.
 */
public final class BillingService {
    private static final int BATCH = 1000;

    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;
    private final EstateService estate;
    private final FeeItemService items;
    private final FeeSettingsService settings;

    public BillingService(Transactions transactions, AuditLog audit, Clock clock, EstateService estate,
            FeeItemService items, FeeSettingsService settings) {
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.estate = estate;
        this.items = items;
        this.settings = settings;
    }

    public BillingPreview preview(YearMonth period) {
        List<FeeItem> valid = itemsIn(period);
        List<Unit> units = estate.allUnits();
        List<NewCharge> wanted = wanted(units, valid, period, settings.load());
        Set<String> existing = transactions.inTransaction(tx -> existingKeys(tx, period));
        List<NewCharge> missing = wanted.stream().filter(charge -> !existing.contains(charge.billingKey())).toList();
        return new BillingPreview(period, missing.size(), total(missing), wanted.size() - missing.size(), units.size());
    }

    public BillingOutcome bill(Actor actor, YearMonth period, Progress progress) {
        actor.require(Permission.RUN_BILLING);
        List<FeeItem> valid = itemsIn(period);
        FeeSettings rules = settings.load();
        List<NewCharge> wanted = wanted(estate.allUnits(), valid, period, rules);
        try {
            return billMissing(actor, period, rules, wanted, progress);
        } catch (IntegrityConstraintViolationException anotherTerminalBilledFirst) {
            // two counters ran the same month at once: the other's charges are in now (the billing key
            // is unique), so running again adds only what is still missing, usually nothing
            return billMissing(actor, period, rules, wanted, progress);
        }
    }

    private BillingOutcome billMissing(Actor actor, YearMonth period, FeeSettings rules, List<NewCharge> wanted,
            Progress progress) {
        return transactions.inTransaction(tx -> {
            Set<String> existing = existingKeys(tx, period);
            List<NewCharge> missing = wanted.stream().filter(charge -> !existing.contains(charge.billingKey())).toList();
            if (missing.isEmpty()) {
                return new BillingOutcome(period, 0, Money.ZERO, existing.size(), Money.ZERO);
            }
            Money total = total(missing);
            long runId = tx.insertInto(BILLING_RUN)
                    .set(BILLING_RUN.PERIOD, period.atDay(1))
                    .set(BILLING_RUN.RAN_AT, OffsetDateTime.now(clock))
                    .set(BILLING_RUN.RAN_BY, actor.name())
                    .set(BILLING_RUN.CHARGES_CREATED, missing.size())
                    .set(BILLING_RUN.TOTAL, total.amount())
                    .returningResult(BILLING_RUN.ID).fetchOne().value1();
            insert(tx, missing, runId, progress);
            Money drawn = drawPrepayments(tx, missing, rules);
            audit.record(tx, actor, FeeAuditAction.BILLING_RUN, period.toString(), "charges: " + missing.size()
                    + "; total: " + total.amount().toPlainString() + "; prepayment_drawn: " + drawn.amount().toPlainString());
            return new BillingOutcome(period, missing.size(), total, existing.size(), drawn);
        });
    }

    /**
     * The fee items in force in {@code period}. None is refused with the reason, so a month before the
     * first item does not read as billed already.
     */
    private List<FeeItem> itemsIn(YearMonth period) {
        List<FeeItem> all = items.all();
        List<FeeItem> valid = all.stream().filter(item -> item.validIn(period)).toList();
        if (valid.isEmpty()) {
            Optional<YearMonth> earliest = all.stream().map(FeeItem::validFrom).min(Comparator.naturalOrder());
            if (earliest.isPresent() && earliest.get().isAfter(period)) {
                throw new UserFacingException("error.billing.beforeFeeItems", period, earliest.get());
            }
            throw new UserFacingException("error.billing.noFeeItem", period);
        }
        return valid;
    }

    /** Every charge the month should have, by the rules, whether or not it exists yet. */
    List<NewCharge> wanted(List<Unit> units, List<FeeItem> valid, YearMonth period, FeeSettings rules) {
        LocalDate due = period.atDay(Math.min(rules.dueDay(), period.lengthOfMonth()));
        List<NewCharge> charges = new ArrayList<>();
        for (Unit unit : units) {
            // billed from the month after handover; with no handover date, from the first run (fees 3)
            boolean billed = unit.handover().map(day -> period.isAfter(YearMonth.from(day))).orElse(true);
            if (!billed) {
                continue;
            }
            for (FeeItem item : valid) {
                if (item.appliesTo(unit.type())) {
                    BigDecimal quantity = item.basis() == FeeBasis.AREA ? unit.area() : BigDecimal.ONE;
                    charges.add(new NewCharge(unit.id(), item, period, quantity, item.monthlyCharge(unit.area()), due));
                }
            }
        }
        return charges;
    }

    private static Set<String> existingKeys(DSLContext tx, YearMonth period) {
        return new HashSet<>(tx.select(FEE_CHARGE.BILLING_KEY).from(FEE_CHARGE)
                .where(FEE_CHARGE.PERIOD.eq(period.atDay(1))).and(FEE_CHARGE.BILLING_KEY.isNotNull())
                .fetch(FEE_CHARGE.BILLING_KEY));
    }

    private void insert(DSLContext tx, List<NewCharge> charges, long runId, Progress progress) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (int from = 0; from < charges.size(); from += BATCH) {
            BatchBindStep batch = tx.batch(tx.insertInto(FEE_CHARGE, FEE_CHARGE.UNIT_ID, FEE_CHARGE.FEE_ITEM_ID,
                    FEE_CHARGE.ITEM_CODE, FEE_CHARGE.ITEM_NAME, FEE_CHARGE.PERIOD, FEE_CHARGE.PRINCIPAL, FEE_CHARGE.RATE,
                    FEE_CHARGE.QUANTITY, FEE_CHARGE.DUE_DATE, FEE_CHARGE.BILLING_RUN_ID, FEE_CHARGE.BILLING_KEY,
                    FEE_CHARGE.CREATED_AT).values((Long) null, null, null, null, null, null, null, null, null, null, null, null));
            int to = Math.min(charges.size(), from + BATCH);
            for (NewCharge charge : charges.subList(from, to)) {
                batch = batch.bind(charge.unitId(), charge.item().id(), charge.item().code(), charge.item().name(),
                        charge.period().atDay(1), charge.principal().amount(), charge.item().rate(), charge.quantity(),
                        charge.due(), runId, charge.billingKey(), now);
            }
            batch.execute();
            progress.update(to, charges.size());
        }
    }

    /**
     * A one-off charge outside the monthly billing (a paid repair), written inside the caller's
     * transaction so it stands or falls with what caused it. Due the day it is posted; shows at the
     * counter like any other charge. Returns the charge's id.
     */
    public long chargeOneOff(DSLContext tx, long unitId, String itemCode, String itemName, Money amount, String note) {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("A one-off charge needs a positive amount: " + amount);
        }
        LocalDate today = LocalDate.now(clock);
        return tx.insertInto(FEE_CHARGE)
                .set(FEE_CHARGE.UNIT_ID, unitId)
                .set(FEE_CHARGE.ITEM_CODE, itemCode)
                .set(FEE_CHARGE.ITEM_NAME, itemName)
                .set(FEE_CHARGE.PERIOD, today.withDayOfMonth(1))
                .set(FEE_CHARGE.PRINCIPAL, amount.amount())
                .set(FEE_CHARGE.DUE_DATE, today)
                .set(FEE_CHARGE.NOTE, note)
                .set(FEE_CHARGE.CREATED_AT, OffsetDateTime.now(clock))
                .returning(FEE_CHARGE.ID)
                .fetchOne()
                .getId();
    }

    /** Later bills are drawn from prepayment automatically (fees 4–5), oldest charges first. */
    private Money drawPrepayments(DSLContext tx, List<NewCharge> created, FeeSettings rules) {
        Set<Long> billedUnits = new HashSet<>();
        created.forEach(charge -> billedUnits.add(charge.unitId()));
        Map<Long, Money> prepaid = Ledger.prepayments(tx, null);
        LocalDate today = LocalDate.now(clock);
        Allocator allocator = new Allocator(new LateFeeRule(rules), rules.principalFirst());
        Money drawn = Money.ZERO;
        for (Map.Entry<Long, Money> entry : prepaid.entrySet()) {
            if (!billedUnits.contains(entry.getKey()) || !entry.getValue().isPositive()) {
                continue;
            }
            Allocator.Result result = allocator.allocate(Ledger.charges(tx, entry.getKey()), entry.getValue(), List.of(),
                    today);
            for (Allocator.Share share : result.shares()) {
                tx.insertInto(PREPAYMENT_DRAW)
                        .set(PREPAYMENT_DRAW.UNIT_ID, entry.getKey())
                        .set(PREPAYMENT_DRAW.CHARGE_ID, share.chargeId())
                        .set(PREPAYMENT_DRAW.PART, share.part().name())
                        .set(PREPAYMENT_DRAW.AMOUNT, share.amount().amount())
                        .set(PREPAYMENT_DRAW.DRAWN_ON, today)
                        .execute();
                drawn = drawn.plus(share.amount());
            }
        }
        return drawn;
    }

    private static Money total(List<NewCharge> charges) {
        return charges.stream().map(NewCharge::principal).reduce(Money.ZERO, Money::plus);
    }
}
