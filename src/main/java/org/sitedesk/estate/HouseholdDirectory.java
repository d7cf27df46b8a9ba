package org.sitedesk.estate;

import static org.sitedesk.core.db.schema.Tables.ESTATE_UNIT;
import static org.sitedesk.core.db.schema.Tables.HOUSEHOLD_PERSON;
import static org.sitedesk.core.db.schema.Tables.HOUSEHOLD_VEHICLE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.estate.search.SearchEntry;

/** Reads what the search box needs from the database: each unit with its current people and vehicles. */
public final class HouseholdDirectory {
    private final Transactions transactions;

    public HouseholdDirectory(Transactions transactions) {
        this.transactions = transactions;
    }

    public List<SearchEntry> all() {
        return transactions.inTransaction(tx -> entries(tx, DSL.trueCondition()));
    }

    public List<SearchEntry> of(long unitId) {
        return transactions.inTransaction(tx -> entries(tx, ESTATE_UNIT.ID.eq(unitId)));
    }

    private static List<SearchEntry> entries(DSLContext tx, Condition units) {
        Map<Long, Lists> byUnit = new HashMap<>();
        tx.select(HOUSEHOLD_PERSON.UNIT_ID, HOUSEHOLD_PERSON.FULL_NAME, HOUSEHOLD_PERSON.PHONE, HOUSEHOLD_PERSON.ID_NUMBER)
                .from(HOUSEHOLD_PERSON).join(ESTATE_UNIT).on(ESTATE_UNIT.ID.eq(HOUSEHOLD_PERSON.UNIT_ID))
                .where(units).and(HOUSEHOLD_PERSON.UNTIL_DATE.isNull())
                .forEach(row -> {
                    Lists lists = byUnit.computeIfAbsent(row.value1(), id -> new Lists());
                    lists.names.add(row.value2());
                    if (row.value3() != null) {
                        lists.phones.add(row.value3());
                    }
                    if (row.value4() != null) {
                        lists.idNumbers.add(row.value4());
                    }
                });
        tx.select(HOUSEHOLD_VEHICLE.UNIT_ID, HOUSEHOLD_VEHICLE.PLATE)
                .from(HOUSEHOLD_VEHICLE).join(ESTATE_UNIT).on(ESTATE_UNIT.ID.eq(HOUSEHOLD_VEHICLE.UNIT_ID))
                .where(units).and(HOUSEHOLD_VEHICLE.UNTIL_DATE.isNull())
                .forEach(row -> byUnit.computeIfAbsent(row.value1(), id -> new Lists()).plates.add(row.value2()));
        List<SearchEntry> entries = new ArrayList<>();
        tx.selectFrom(ESTATE_UNIT).where(units).forEach(unit -> {
            Lists lists = byUnit.getOrDefault(unit.getId(), new Lists());
            entries.add(new SearchEntry(unit.getId(), EstateService.room(unit), List.copyOf(lists.names),
                    List.copyOf(lists.phones), List.copyOf(lists.idNumbers), List.copyOf(lists.plates)));
        });
        return entries;
    }

    /** What one unit contributes to the search box, gathered from three tables. */
    private static final class Lists {
        private final List<String> names = new ArrayList<>();
        private final List<String> phones = new ArrayList<>();
        private final List<String> idNumbers = new ArrayList<>();
        private final List<String> plates = new ArrayList<>();
    }
}
