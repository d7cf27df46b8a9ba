package org.sitedesk.estate;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What the counter records for 过户: the day, the new owners, the documents received. */
public record OwnershipTransferRequest(LocalDate on, List<PersonDraft> newOwners, Set<TransferDocument> documents,
        String notes) {
}
