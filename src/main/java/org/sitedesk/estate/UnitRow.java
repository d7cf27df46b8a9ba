package org.sitedesk.estate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** One unit as the import and export files carry it (DESIGN.md "Import formats", units). */
public record UnitRow(
        RoomCode room,
        String building,
        String entrance,
        String floor,
        UnitType type,
        BigDecimal area,
        Optional<LocalDate> handover) {
}
