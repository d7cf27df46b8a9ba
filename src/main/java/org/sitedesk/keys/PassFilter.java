package org.sitedesk.keys;

import java.util.Optional;

/**
 * The pass register's filters: a type, a status on the day shown, passes valid now that expire within
 * so many days, and a piece of number, holder or room.
 */
public record PassFilter(Optional<String> typeCode, Optional<PassStatus> status, Optional<Integer> expiringWithinDays,
        String text) {

    public static final PassFilter ALL = new PassFilter(Optional.empty(), Optional.empty(), Optional.empty(), "");
}
