package org.sitedesk.archive;

/** A box as its form gives it: number, cabinet, category and the first and last room it holds. */
public record BoxDraft(String code, long cabinetId, String category, String firstRoom, String lastRoom) {
}
