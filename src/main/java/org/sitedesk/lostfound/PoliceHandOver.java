package org.sitedesk.lostfound;

import java.time.LocalDate;

/** 移交派出所: the station, the receiving officer, the day, and who handed the items over (display name). */
public record PoliceHandOver(long id, String station, String officerName, String officerNumber, LocalDate handedOn,
        String handedBy) {
}
