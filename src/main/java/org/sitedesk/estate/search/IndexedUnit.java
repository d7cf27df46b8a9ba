package org.sitedesk.estate.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.sitedesk.estate.RoomCode;

/** One unit with everything a keystroke compares against, computed once when the index is built. */
final class IndexedUnit {
    final long unitId;
    final RoomCode room;
    final String code;
    final String compact;
    final List<IndexedName> names;
    final List<String> phones;
    final List<String> idNumbers;
    final List<String> plates;

    IndexedUnit(SearchEntry entry, Function<String, NamePinyin.Readings> pinyin) {
        unitId = entry.unitId();
        room = entry.room();
        code = entry.room().toString();
        compact = entry.room().compact();
        names = new ArrayList<>();
        for (String name : entry.names()) {
            names.add(new IndexedName(name, pinyin.apply(name)));
        }
        phones = entry.phones().stream().map(SearchKeys::digits).filter(Objects::nonNull).toList();
        idNumbers = entry.idNumbers().stream().map(id -> id.trim().toUpperCase(Locale.ROOT)).toList();
        plates = entry.plates().stream().map(plate -> plate.replaceAll("[\\s·]", "").toUpperCase(Locale.ROOT)).toList();
    }

    /** A name with its pinyin readings. */
    record IndexedName(String name, NamePinyin.Readings pinyin) {
    }
}
