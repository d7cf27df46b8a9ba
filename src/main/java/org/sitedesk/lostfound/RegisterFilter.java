package org.sitedesk.lostfound;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the register shows: items in one state (or all), only those due for disposal, one category
 * (or all), found between two days (both included, either open).
 */
public record RegisterFilter(Optional<ItemState> state, boolean dueOnly, Optional<String> categoryCode,
        Optional<LocalDate> foundFrom, Optional<LocalDate> foundTo) {

    public static RegisterFilter all() {
        return new RegisterFilter(Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
