package org.sitedesk.fees;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.estate.EstateService;
import org.sitedesk.estate.Unit;

/**
 * 欠费: every unit with charges past their due date still open on a day, months owed counted by
 * billing month, principal and late fee apart (DOMAIN.md fees 6–7), optionally for one building or
 * one fee item. Sorted by room.
 */
public final class ArrearsService {
    private final Transactions transactions;
    private final FeeSettingsService settings;
    private final EstateService estate;

    public ArrearsService(Transactions transactions, FeeSettingsService settings, EstateService estate) {
        this.transactions = transactions;
        this.settings = settings;
        this.estate = estate;
    }

    public List<ArrearsRow> arrears(Actor actor, LocalDate asOf, Optional<String> building, Optional<String> itemCode) {
        actor.require(Permission.VIEW_FEES);
        LateFeeRule lateFees = new LateFeeRule(settings.load());
        Map<Long, Unit> units = new LinkedHashMap<>();
        estate.allUnits().forEach(unit -> units.put(unit.id(), unit));
        Map<Long, String> owners = estate.ownerNames();
        Map<Long, List<OpenCharge>> owed = new LinkedHashMap<>();
        transactions.inTransaction(tx -> Ledger.charges(tx, null)).values().forEach(charge -> {
            if (!asOf.isAfter(charge.due()) || itemCode.filter(code -> !code.equals(charge.code())).isPresent()) {
                return;
            }
            OpenCharge open = charge.asOpen(lateFees, asOf);
            if (open.totalOpen().isPositive()) {
                owed.computeIfAbsent(charge.unitId(), id -> new ArrayList<>()).add(open);
            }
        });
        List<ArrearsRow> rows = new ArrayList<>();
        owed.forEach((unitId, charges) -> {
            Unit unit = units.get(unitId);
            if (unit == null || building.filter(code -> !code.equalsIgnoreCase(unit.room().building())).isPresent()) {
                return;
            }
            int months = (int) charges.stream().map(OpenCharge::period).map(YearMonth::from).distinct().count();
            rows.add(new ArrearsRow(unitId, unit.room().toString(), unit.room().building(),
                    owners.getOrDefault(unitId, ""), months,
                    charges.stream().map(OpenCharge::principalOpen).reduce(Money.ZERO, Money::plus),
                    charges.stream().map(OpenCharge::lateFeeOpen).reduce(Money.ZERO, Money::plus),
                    charges.stream().map(OpenCharge::due).min(Comparator.naturalOrder()).orElse(asOf), charges));
        });
        rows.sort(Comparator.comparing(ArrearsRow::room, org.sitedesk.estate.NaturalOrder.INSTANCE));
        return rows;
    }

    /**
     * 收缴率 of a billing month: what has been collected so far on that month's charges over what was
     * billed, per building (in natural order) and, last, for the whole estate ({@code building} empty).
     * Deposits are held for the payer, not billed, so they are left out.
     */
    public List<CollectionRate> collectionRates(Actor actor, YearMonth month) {
        actor.require(Permission.VIEW_FEES);
        Map<Long, String> buildings = new LinkedHashMap<>();
        estate.allUnits().forEach(unit -> buildings.put(unit.id(), unit.room().building()));
        Map<String, CollectionRate> rates = new java.util.TreeMap<>(org.sitedesk.estate.NaturalOrder.INSTANCE);
        CollectionRate all = new CollectionRate("", 0, Money.ZERO, Money.ZERO);
        for (ChargeBalance charge : transactions.inTransaction(tx -> Ledger.charges(tx, null)).values()) {
            if (!charge.period().equals(month) || charge.deposit()) {
                continue;
            }
            String building = buildings.getOrDefault(charge.unitId(), "");
            rates.merge(building, new CollectionRate(building, 1, charge.principal(), charge.principalCollected()),
                    ArrearsService::add);
            all = add(all, new CollectionRate("", 1, charge.principal(), charge.principalCollected()));
        }
        List<CollectionRate> result = new ArrayList<>(rates.values());
        result.add(all);
        return result;
    }

    private static CollectionRate add(CollectionRate a, CollectionRate b) {
        return new CollectionRate(a.building(), a.charges() + b.charges(), a.billed().plus(b.billed()),
                a.collected().plus(b.collected()));
    }
}
