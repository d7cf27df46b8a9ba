package org.sitedesk.archive;

import org.sitedesk.core.audit.AuditAction;

/** Audited actions of the owner file archive; entity ids are archive numbers, box or cabinet codes. */
public enum ArchiveAuditAction implements AuditAction {
    DOCUMENT_FILED("audit.action.documentFiled", "archive_document"),
    DOCUMENTS_IMPORTED("audit.action.documentsImported", "archive_document"),
    DOCUMENT_MOVED("audit.action.documentMoved", "archive_document"),
    SCAN_ADDED("audit.action.scanAdded", "archive_document"),
    SCAN_VIEWED("audit.action.scanViewed", "archive_document"),
    DOCUMENT_LENT("audit.action.documentLent", "archive_document"),
    DOCUMENT_RETURNED("audit.action.documentReturned", "archive_document"),
    DOCUMENT_DESTROYED("audit.action.documentDestroyed", "archive_document"),
    PREVIOUS_OWNER_MARKED("audit.action.previousOwnerMarked", "unit"),
    DOCUMENT_TYPE_SAVED("audit.action.documentTypeSaved", "archive_type"),
    ARCHIVE_CABINET_ADDED("audit.action.archiveCabinetAdded", "archive_cabinet"),
    BOX_SAVED("audit.action.boxSaved", "archive_box"),
    REGISTER_EXPORTED("audit.action.archiveExported", "export");

    private final String messageKey;
    private final String entityType;

    ArchiveAuditAction(String messageKey, String entityType) {
        this.messageKey = messageKey;
        this.entityType = entityType;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String entityType() {
        return entityType;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
