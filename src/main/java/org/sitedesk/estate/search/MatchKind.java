package org.sitedesk.estate.search;

/** Why a unit was found, best first: the order of the results. */
public enum MatchKind {
    ROOM_EXACT,
    ROOM_PREFIX,
    NAME_EXACT,
    PINYIN,
    NAME_PART,
    PHONE,
    ID_TAIL,
    PLATE
}
