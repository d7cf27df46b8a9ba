package org.sitedesk.estate;

import java.time.LocalDate;
import java.util.Optional;

/** One owner as the import and export files carry it (DESIGN.md "Import formats", owners). */
public record OwnerRow(
        RoomCode room,
        String name,
        IdType idType,
        String idNumber,
        String phone,
        Optional<LocalDate> since) {
}
