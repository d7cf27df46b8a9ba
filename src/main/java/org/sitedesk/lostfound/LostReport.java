package org.sitedesk.lostfound;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A lost report as stored; {@code returnedItem} is the number of the found item given back on it. */
public record LostReport(
        long id,
        String number,
        String reporter,
        String phone,
        String room,
        String description,
        ItemCategory category,
        String lostPlace,
        LocalDate lostFrom,
        LocalDate lostTo,
        Instant reportedAt,
        String reportedBy,
        ReportState state,
        String closedNote,
        Optional<String> returnedItem) {
}
