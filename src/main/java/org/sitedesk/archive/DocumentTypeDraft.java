package org.sitedesk.archive;

import java.util.Optional;

/** A document type as the types screen edits it; empty retention means permanent. */
public record DocumentTypeDraft(String name, DocumentGroup group, Optional<Integer> retentionYears,
        Confidentiality defaultLevel, Checklist checklist, boolean active) {
}
