package org.sitedesk.estate.search;

import java.util.List;
import org.sitedesk.estate.RoomCode;

/** What the search box knows of one unit: its code and its current people, phones, IDs and plates. */
public record SearchEntry(long unitId, RoomCode room, List<String> names, List<String> phones, List<String> idNumbers,
        List<String> plates) {
}
