package org.sitedesk.lostfound;

import java.time.LocalDate;

/**
 * 挂失 as typed: who reports (a room when an owner), what was lost in their words, its category,
 * where, and the days it may have been lost.
 */
public record LostReportDraft(
        String reporter,
        String phone,
        String room,
        String description,
        String categoryCode,
        String lostPlace,
        LocalDate lostFrom,
        LocalDate lostTo) {
}
