package org.sitedesk.estate.search;

import org.sitedesk.estate.RoomCode;

/** One found unit and what matched, already masked where it is personal (DOMAIN.md, personal information 2). */
public record SearchHit(long unitId, RoomCode room, String matched, MatchKind kind) {
}
