package org.sitedesk.archive;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A kind of document in the site's editable list: its name, group, the retention it gives new
 * documents (empty: permanent), their default 密级, and whether households are checked for it.
 */
public record DocumentType(long id, String name, DocumentGroup group, Optional<Integer> retentionYears,
        Confidentiality defaultLevel, Checklist checklist, int sortOrder, boolean active) {

    /** The day a document of this type received on {@code received} may be destroyed; empty when permanent. */
    public Optional<LocalDate> retainedUntil(LocalDate received) {
        return retentionYears.map(received::plusYears);
    }
}
