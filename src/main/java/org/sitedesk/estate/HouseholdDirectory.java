package org.sitedesk.estate;

import static org.sitedesk.core.db.schema.Tables.ESTATE_UNIT;
import static org.sitedesk.core.db.schema.Tables.HOUSEHOLD_PERSON;
import static org.sitedesk.core.db.schema.Tables.HOUSEHOLD_VEHICLE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Result;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.estate.search.HouseholdIndex;
import org.sitedesk.estate.search.SearchEntry;
import org.sitedesk.estate.search.SearchHit;
import org.sitedesk.estate.search.SearchKeys;
import org.sitedesk.estate.search.SearchQuery;

/**
 * Reads what the search box needs from the database: each unit with its current people and
 * vehicles, for the window's index; or, for the command line, only the units a query can match,
 * found through the search keys stored with each person.
 */
public final class HouseholdDirectory {
    private static final int IDS_PER_READ = 1_000;
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

    /**
     * The units {@code typed} matches, ranked as the window's search box ranks them. The database
     * narrows the estate to the units that can match (one query over stored keys); the same rules
     * as the window's then decide and rank, on those few units only.
     */
    public List<SearchHit> lookUp(String typed, int limit) {
        SearchQuery query = SearchQuery.of(typed);
        if (query.isEmpty()) {
            return List.of();
        }
        return transactions.inTransaction(tx -> {
            Result<Record2<Long, Boolean>> found = tx.fetch(candidates(tx, query));
            if (found.stream().anyMatch(Record2::value2)) {
                fillMissingKeys(tx);
                found = tx.fetch(candidates(tx, query));
            }
            List<Long> units = found.stream().map(Record2::value1).distinct().toList();
            Map<String, SearchKeys> keys = new HashMap<>();
            List<SearchEntry> entries = new ArrayList<>();
            // read by lists of ids: H2 looks each one up by key, where a subquery here was run per row
            for (int from = 0; from < units.size(); from += IDS_PER_READ) {
                List<Long> some = units.subList(from, Math.min(units.size(), from + IDS_PER_READ));
                entries.addAll(entries(tx, ESTATE_UNIT.ID.in(some), keys));
            }
            return HouseholdIndex.ofStored(entries, keys).search(typed, limit);
        });
    }

    /**
     * People written before the keys existed (a database from before this version) get them, once:
     * the first lookup finds them among its candidates and fills every one.
     */
    private static void fillMissingKeys(DSLContext tx) {
        var missing = tx.select(HOUSEHOLD_PERSON.ID, HOUSEHOLD_PERSON.FULL_NAME, HOUSEHOLD_PERSON.PHONE)
                .from(HOUSEHOLD_PERSON).where(HOUSEHOLD_PERSON.SEARCH_INITIALS.isNull()).fetch();
        if (missing.isEmpty()) {
            return;
        }
        BatchBindStep batch = tx.batch(tx.update(HOUSEHOLD_PERSON)
                .set(HOUSEHOLD_PERSON.SEARCH_INITIALS, (String) null)
                .set(HOUSEHOLD_PERSON.SEARCH_PINYIN, (String) null)
                .set(HOUSEHOLD_PERSON.SEARCH_PHONE, (String) null)
                .where(HOUSEHOLD_PERSON.ID.eq((Long) null)));
        for (var row : missing) {
            SearchKeys keys = SearchKeys.of(row.value2(), row.value3());
            batch = batch.bind(keys.initials(), keys.pinyin(), keys.phoneDigits(), row.value1());
        }
        batch.execute();
    }

    /**
     * The ids of every unit that can match: a superset of the hits (the stored keys and plain SQL
     * comparisons are looser than the rules, never stricter), in one query. Current people still
     * without keys are candidates too, flagged, so finding out whether keys are missing costs no
     * second pass over the people.
     */
    private static Select<Record2<Long, Boolean>> candidates(DSLContext tx, SearchQuery query) {
        Field<String> compact = DSL.replace(ESTATE_UNIT.ROOM_CODE, "-", "");
        Condition room = DSL.falseCondition();
        if (query.codeLike()) {
            room = room.or(ESTATE_UNIT.ROOM_CODE.eq(query.upper())).or(compact.eq(query.upper()));
            if (query.roomPrefixAllowed()) {
                room = room.or(like(ESTATE_UNIT.ROOM_CODE, "", query.upper(), "%"));
                if (!query.hasDash()) {
                    room = room.or(like(compact, "", query.upper(), "%"));
                }
            }
        }
        Condition person = DSL.falseCondition();
        if (query.hasChinese()) {
            person = person.or(like(HOUSEHOLD_PERSON.FULL_NAME, "%", query.text(), "%"));
        }
        if (query.lettersOnly()) {
            String reading = SearchKeys.readingStartingWith(query.lower());
            person = person.or(like(HOUSEHOLD_PERSON.SEARCH_INITIALS, "%", reading, "%"));
            if (query.fullPinyinAllowed()) {
                person = person.or(like(HOUSEHOLD_PERSON.SEARCH_PINYIN, "%", reading, "%"));
            }
        }
        if (query.phoneLike()) {
            person = person.or(like(HOUSEHOLD_PERSON.SEARCH_PHONE, "%", query.text(), "%"));
        }
        if (query.idTailLike()) {
            person = person.or(like(DSL.upper(HOUSEHOLD_PERSON.ID_NUMBER), "%", query.upper(), ""));
        }
        Condition vehicle = query.plateLike()
                ? like(DSL.upper(DSL.replace(DSL.replace(HOUSEHOLD_VEHICLE.PLATE, " ", ""), "·", "")), "%", query.upper(), "%")
                : DSL.falseCondition();
        Condition noKeys = HOUSEHOLD_PERSON.SEARCH_INITIALS.isNull();
        return tx.select(ESTATE_UNIT.ID, DSL.inline(false)).from(ESTATE_UNIT).where(room)
                .union(tx.select(HOUSEHOLD_PERSON.UNIT_ID, DSL.field(noKeys)).from(HOUSEHOLD_PERSON)
                        .where(person.or(noKeys)).and(HOUSEHOLD_PERSON.UNTIL_DATE.isNull()))
                .union(tx.select(HOUSEHOLD_VEHICLE.UNIT_ID, DSL.inline(false)).from(HOUSEHOLD_VEHICLE)
                        .where(vehicle).and(HOUSEHOLD_VEHICLE.UNTIL_DATE.isNull()));
    }

    /**
     * {@code field LIKE 'before text after'} with the text escaped, written into the statement:
     * H2 compiles a literal pattern once, but a pattern built from a parameter once per row,
     * which made a lookup several times slower.
     */
    private static Condition like(Field<String> field, String before, String text, String after) {
        String escaped = text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return field.like(DSL.inline(before + escaped + after)).escape('!');
    }

    private static List<SearchEntry> entries(DSLContext tx, Condition units) {
        return entries(tx, units, null);
    }

    /** Each unit's entry; with {@code keys}, also collects the stored search keys of every name read. */
    private static List<SearchEntry> entries(DSLContext tx, Condition units, Map<String, SearchKeys> keys) {
        Map<Long, Lists> byUnit = new HashMap<>();
        tx.select(HOUSEHOLD_PERSON.UNIT_ID, HOUSEHOLD_PERSON.FULL_NAME, HOUSEHOLD_PERSON.PHONE, HOUSEHOLD_PERSON.ID_NUMBER,
                        HOUSEHOLD_PERSON.SEARCH_INITIALS, HOUSEHOLD_PERSON.SEARCH_PINYIN)
                .from(HOUSEHOLD_PERSON).join(ESTATE_UNIT).on(ESTATE_UNIT.ID.eq(HOUSEHOLD_PERSON.UNIT_ID))
                .where(units).and(HOUSEHOLD_PERSON.UNTIL_DATE.isNull())
                // in the order they were registered, on every engine: the first matching name is the one shown
                .orderBy(HOUSEHOLD_PERSON.ID)
                .forEach(row -> {
                    Lists lists = byUnit.computeIfAbsent(row.value1(), id -> new Lists());
                    lists.names.add(row.value2());
                    if (row.value3() != null) {
                        lists.phones.add(row.value3());
                    }
                    if (row.value4() != null) {
                        lists.idNumbers.add(row.value4());
                    }
                    if (keys != null && row.value5() != null && row.value6() != null) {
                        keys.put(row.value2(), new SearchKeys(row.value5(), row.value6(), null));
                    }
                });
        tx.select(HOUSEHOLD_VEHICLE.UNIT_ID, HOUSEHOLD_VEHICLE.PLATE)
                .from(HOUSEHOLD_VEHICLE).join(ESTATE_UNIT).on(ESTATE_UNIT.ID.eq(HOUSEHOLD_VEHICLE.UNIT_ID))
                .where(units).and(HOUSEHOLD_VEHICLE.UNTIL_DATE.isNull())
                .orderBy(HOUSEHOLD_VEHICLE.ID)
                .forEach(row -> byUnit.computeIfAbsent(row.value1(), id -> new Lists()).plates.add(row.value2()));
        List<SearchEntry> entries = new ArrayList<>();
        tx.selectFrom(ESTATE_UNIT).where(units).orderBy(ESTATE_UNIT.ID).forEach(unit -> {
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
