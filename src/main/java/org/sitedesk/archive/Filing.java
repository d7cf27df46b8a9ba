package org.sitedesk.archive;

import java.time.LocalDate;
import java.util.Optional;
import org.sitedesk.estate.Unit;

/**
 * A document checked and resolved, ready to be written: the unit with its floor's order, the type
 * and level, the person it concerns, its box, and the owners of the day.
 */
record Filing(Unit unit, int floorOrder, DocumentType type, int pages, Confidentiality level, LocalDate received,
        Optional<Long> personId, Optional<String> personName, String notes, Optional<Box> box, String ownerNames,
        Optional<LocalDate> ownersSince) {
}
