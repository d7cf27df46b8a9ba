package org.sitedesk.repair;

import java.util.Optional;

/** Where a request is: a unit (room) or one of the site's common areas, with the name shown for it. */
public record Location(Optional<Long> unitId, Optional<Long> areaId, String name) {
    public static Location unit(long unitId, String room) {
        return new Location(Optional.of(unitId), Optional.empty(), room);
    }

    public static Location area(long areaId, String name) {
        return new Location(Optional.empty(), Optional.of(areaId), name);
    }
}
