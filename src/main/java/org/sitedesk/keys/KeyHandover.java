package org.sitedesk.keys;

import java.time.Instant;
import java.util.List;

/** 交房 of a unit's keys: when, by whom, to whom, and every key counted out; the form prints from it. */
public record KeyHandover(long id, long unitId, String room, Instant at, String handedBy, String handedByName,
        String receivedBy, String note, List<HandedKey> keys) {

    public KeyHandover {
        keys = List.copyOf(keys);
    }

    public int copiesHanded() {
        return keys.stream().mapToInt(HandedKey::copiesHanded).sum();
    }
}
