package org.sitedesk.estate;

import java.time.LocalDate;
import java.util.Set;

/** One ownership transfer (过户) as the history tab shows it. */
public record Transfer(long id, LocalDate on, String previousOwners, String newOwners,
        Set<TransferDocument> documents, String notes, String recordedBy) {
}
