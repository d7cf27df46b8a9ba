package org.sitedesk.archive;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A document to file: the unit and, where it concerns one, a person of the household; its type,
 * pages, level (empty: the type's default), the day received (empty: today), its box and notes.
 */
public record DocumentDraft(long unitId, Optional<Long> personId, long typeId, int pages,
        Optional<Confidentiality> level, Optional<LocalDate> received, Optional<Long> boxId, String notes) {
}
