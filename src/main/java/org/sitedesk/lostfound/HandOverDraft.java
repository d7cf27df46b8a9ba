package org.sitedesk.lostfound;

import java.time.LocalDate;

/** A hand-over as typed: station, officer's name and number (the number may be unknown), and the day. */
public record HandOverDraft(String station, String officerName, String officerNumber, LocalDate handedOn) {
}
