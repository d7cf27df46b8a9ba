package org.sitedesk.renovation;

import org.sitedesk.core.audit.AuditAction;

/** Audited actions of the renovation module. */
public enum RenovationAuditAction implements AuditAction {
    RENOVATION_APPLIED("audit.action.renovationApplied", "renovation"),
    RENOVATION_DOCUMENT_RECORDED("audit.action.renovationDocumentRecorded", "renovation"),
    RENOVATION_SUBMITTED("audit.action.renovationSubmitted", "renovation"),
    RENOVATION_APPROVED("audit.action.renovationApproved", "renovation"),
    RENOVATION_REJECTED("audit.action.renovationRejected", "renovation"),
    RENOVATION_FILED("audit.action.renovationFiled", "renovation"),
    PERMIT_ISSUED("audit.action.permitIssued", "renovation"),
    PERMIT_EXTENDED("audit.action.permitExtended", "renovation"),
    WORKER_ADDED("audit.action.workerAdded", "renovation"),
    INSPECTION_RECORDED("audit.action.inspectionRecorded", "renovation"),
    NOTICE_ISSUED("audit.action.noticeIssued", "renovation"),
    NOTICES_CLOSED("audit.action.noticesClosed", "renovation"),
    WORK_STOPPED("audit.action.workStopped", "renovation"),
    WORKS_COMPLETED("audit.action.worksCompleted", "renovation"),
    ACCEPTANCE_RECORDED("audit.action.acceptanceRecorded", "renovation"),
    DEPOSIT_SETTLED("audit.action.renovationDepositSettled", "renovation"),
    RENOVATION_CANCELLED("audit.action.renovationCancelled", "renovation"),
    RENOVATION_LISTS_CHANGED("audit.action.renovationListsChanged", "setting"),
    RENOVATION_SETTINGS_CHANGED("audit.action.renovationSettingsChanged", "setting");

    private final String messageKey;
    private final String entityType;

    RenovationAuditAction(String messageKey, String entityType) {
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
