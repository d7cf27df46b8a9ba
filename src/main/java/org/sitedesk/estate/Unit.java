package org.sitedesk.estate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** A unit (房号) as the screens show it. */
public record Unit(
        long id,
        RoomCode room,
        String floor,
        UnitType type,
        BigDecimal area,
        Optional<LocalDate> handover,
        Occupancy occupancy,
        String notes,
        int version) {
}
