package org.sitedesk.estate;

/** What an import added and what it skipped because the same row was already there. */
public record ImportOutcome(int unitsAdded, int unitsSkipped, int ownersAdded, int ownersSkipped) {
}
