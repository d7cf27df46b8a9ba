package org.sitedesk.keys;

import java.util.Optional;

/**
 * What a key opens: a unit (its room code) or a common area of the repair module's list (a plant
 * room, the car park), with the name shown when the key was added.
 */
public record KeyOpens(Optional<Long> unitId, Optional<Long> areaId, String name) {

    public static KeyOpens unit(long unitId, String room) {
        return new KeyOpens(Optional.of(unitId), Optional.empty(), room);
    }

    public static KeyOpens area(long areaId, String name) {
        return new KeyOpens(Optional.empty(), Optional.of(areaId), name);
    }
}
