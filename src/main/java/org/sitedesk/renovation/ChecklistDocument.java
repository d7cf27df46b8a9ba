package org.sitedesk.renovation;

/** A document of the art. 14 checklist, and when it is needed. */
public record ChecklistDocument(String code, String name, DocumentNeed need, int sortOrder, boolean active) {
}
