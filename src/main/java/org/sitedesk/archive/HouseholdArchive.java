package org.sitedesk.archive;

import java.util.List;

/**
 * The household card's 档案 tab: the unit's documents in shelf order, the standard documents its
 * current owners have not handed in yet, and every loan of the unit's documents, newest first.
 */
public record HouseholdArchive(List<ArchiveDocument> documents, List<DocumentType> missing, List<Loan> loans) {
}
