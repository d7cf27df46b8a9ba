package org.sitedesk.estate.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sitedesk.core.id.PhoneNumber;
import org.sitedesk.core.id.ResidentIdNumber;
import org.sitedesk.estate.NaturalOrder;

/**
 * The search box's index: every unit with its names' pinyin, phone digits, ID numbers and plates
 * precomputed, so a keystroke is one pass of plain string comparisons (a few milliseconds for
 * 20,000 units). Immutable: a change makes a new index that shares the untouched units.
 */
public final class HouseholdIndex {
    private static final Comparator<SearchHit> RANKING = Comparator.comparing(SearchHit::kind)
            .thenComparing(hit -> hit.room().toString(), NaturalOrder.INSTANCE);

    private final List<IndexedUnit> units;

    private HouseholdIndex(List<IndexedUnit> units) {
        this.units = units;
    }

    public static HouseholdIndex of(Collection<SearchEntry> entries) {
        return of(entries, NamePinyin::of);
    }

    /**
     * An index of a few units whose people's pinyin was read from the database with them
     * ({@code keysByName}), so building it computes no pinyin; a name without stored keys is
     * read as {@link #of(Collection)} reads it.
     */
    public static HouseholdIndex ofStored(Collection<SearchEntry> entries, Map<String, SearchKeys> keysByName) {
        return of(entries, name -> {
            SearchKeys keys = keysByName.get(name);
            return keys == null ? NamePinyin.of(name) : keys.readings();
        });
    }

    private static HouseholdIndex of(Collection<SearchEntry> entries, Function<String, NamePinyin.Readings> pinyin) {
        List<IndexedUnit> units = new ArrayList<>(entries.size());
        for (SearchEntry entry : entries) {
            units.add(new IndexedUnit(entry, pinyin));
        }
        return new HouseholdIndex(List.copyOf(units));
    }

    public static HouseholdIndex empty() {
        return new HouseholdIndex(List.of());
    }

    /** This index with one unit's entry added or replaced. */
    public HouseholdIndex withEntry(SearchEntry entry) {
        List<IndexedUnit> changed = new ArrayList<>(units.size() + 1);
        for (IndexedUnit unit : units) {
            if (unit.unitId != entry.unitId()) {
                changed.add(unit);
            }
        }
        changed.add(new IndexedUnit(entry, NamePinyin::of));
        return new HouseholdIndex(List.copyOf(changed));
    }

    public HouseholdIndex without(long unitId) {
        return new HouseholdIndex(units.stream().filter(unit -> unit.unitId != unitId).toList());
    }

    public int size() {
        return units.size();
    }

    /** The best {@code limit} units for what was typed, one hit per unit (its best match). */
    public List<SearchHit> search(String typed, int limit) {
        SearchQuery query = SearchQuery.of(typed);
        if (query.isEmpty()) {
            return List.of();
        }
        List<SearchHit> hits = new ArrayList<>();
        for (IndexedUnit unit : units) {
            SearchHit hit = match(unit, query);
            if (hit != null) {
                hits.add(hit);
            }
        }
        hits.sort(RANKING);
        return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
    }

    private static SearchHit match(IndexedUnit unit, SearchQuery query) {
        if (query.codeLike()) {
            if (unit.code.equals(query.upper()) || unit.compact.equals(query.upper())) {
                return new SearchHit(unit.unitId, unit.room, unit.code, MatchKind.ROOM_EXACT);
            }
            if (query.roomPrefixAllowed() && (unit.code.startsWith(query.upper())
                    || (!query.hasDash() && unit.compact.startsWith(query.upper())))) {
                return new SearchHit(unit.unitId, unit.room, unit.code, MatchKind.ROOM_PREFIX);
            }
        }
        SearchHit best = null;
        for (IndexedUnit.IndexedName name : unit.names) {
            if (query.hasChinese() && name.name().equals(query.text())) {
                return new SearchHit(unit.unitId, unit.room, name.name(), MatchKind.NAME_EXACT);
            }
            if (query.lettersOnly() && matchesPinyin(name.pinyin(), query)) {
                best = better(best, new SearchHit(unit.unitId, unit.room, name.name(), MatchKind.PINYIN));
            } else if (query.hasChinese() && name.name().contains(query.text())) {
                best = better(best, new SearchHit(unit.unitId, unit.room, name.name(), MatchKind.NAME_PART));
            }
        }
        if (best != null) {
            return best;
        }
        if (query.phoneLike()) {
            for (int i = 0; i < unit.phones.size(); i++) {
                if (unit.phones.get(i).contains(query.text())) {
                    return new SearchHit(unit.unitId, unit.room, PhoneNumber.mask(unit.phones.get(i)), MatchKind.PHONE);
                }
            }
        }
        if (query.idTailLike()) {
            for (String id : unit.idNumbers) {
                if (id.endsWith(query.upper())) {
                    return new SearchHit(unit.unitId, unit.room, ResidentIdNumber.mask(id), MatchKind.ID_TAIL);
                }
            }
        }
        if (query.plateLike()) {
            for (String plate : unit.plates) {
                if (plate.contains(query.upper())) {
                    return new SearchHit(unit.unitId, unit.room, plate, MatchKind.PLATE);
                }
            }
        }
        return null;
    }

    private static boolean matchesPinyin(NamePinyin.Readings readings, SearchQuery query) {
        for (String initials : readings.initials()) {
            if (initials.startsWith(query.lower())) {
                return true;
            }
        }
        if (!query.fullPinyinAllowed()) {
            return false;
        }
        for (String full : readings.full()) {
            if (full.startsWith(query.lower())) {
                return true;
            }
        }
        return false;
    }

    private static SearchHit better(SearchHit current, SearchHit candidate) {
        return current == null || candidate.kind().compareTo(current.kind()) < 0 ? candidate : current;
    }
}
