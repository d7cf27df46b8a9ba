package org.sitedesk.archive;

import java.time.LocalDate;
import java.util.Optional;

/** One line of the destruction register (销毁清单): the document as it was, and how it went. */
public record Destruction(
        long documentId,
        String fileNo,
        String room,
        String typeName,
        int pages,
        LocalDate received,
        Optional<Integer> retentionYears,
        LocalDate destroyedOn,
        String method,
        String reason,
        String witness,
        String approvedBy,
        String approverName,
        int scansDeleted) {
}
