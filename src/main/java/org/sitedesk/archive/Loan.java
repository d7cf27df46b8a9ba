package org.sitedesk.archive;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * One loan of the lending register (借阅): the document, who took it and why, who approved it, the
 * day it is due, and, once back, the pages counted. A count that differs from the pages lent is
 * flagged and stays so.
 */
public record Loan(
        long id,
        long documentId,
        String fileNo,
        String room,
        String typeName,
        Confidentiality level,
        String borrower,
        String reason,
        OffsetDateTime lentAt,
        LocalDate dueOn,
        boolean readingRoomOnly,
        String approvedBy,
        String approverName,
        int pagesLent,
        Optional<OffsetDateTime> returnedAt,
        Optional<String> receivedBy,
        Optional<Integer> pagesReturned,
        String returnNote) {

    public boolean isOpen() {
        return returnedAt.isEmpty();
    }

    /** Counted back a different number of pages than went out. */
    public boolean pagesDiffer() {
        return pagesReturned.map(pages -> pages != pagesLent).orElse(false);
    }

    public LoanState state(LocalDate today) {
        if (isOpen()) {
            return dueOn.isBefore(today) ? LoanState.OVERDUE : LoanState.OUT;
        }
        return pagesDiffer() ? LoanState.PAGES_DIFFER : LoanState.RETURNED;
    }
}
