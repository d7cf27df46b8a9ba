package org.sitedesk.archive;

import org.sitedesk.core.files.FileKind;
import java.time.OffsetDateTime;
import java.util.Optional;

/** A scanned file of a document: its content hash, kind and size; deleted with the document's destruction. */
public record Scan(long id, long documentId, String hash, FileKind type, long size, OffsetDateTime addedAt, String addedBy,
        Optional<OffsetDateTime> deletedAt) {

    public boolean isDeleted() {
        return deletedAt.isPresent();
    }
}
