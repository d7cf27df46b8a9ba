package org.sitedesk.repair;

import org.sitedesk.core.audit.AuditAction;

/** Audited actions of the dispatch board. */
public enum RepairAuditAction implements AuditAction {
    REQUEST_LOGGED("audit.action.requestLogged", "request"),
    REQUEST_DISPATCHED("audit.action.requestDispatched", "request"),
    REQUEST_ARRIVED("audit.action.requestArrived", "request"),
    REQUEST_COMPLETED("audit.action.requestCompleted", "request"),
    REQUEST_MOVED("audit.action.requestMoved", "request"),
    REQUEST_HELD("audit.action.requestHeld", "request"),
    REQUEST_RESUMED("audit.action.requestResumed", "request"),
    REQUEST_CANCELLED("audit.action.requestCancelled", "request"),
    REQUEST_REPLIED("audit.action.requestReplied", "request"),
    RETURN_VISIT_RECORDED("audit.action.returnVisitRecorded", "request"),
    REQUEST_CLOSED("audit.action.requestClosed", "request"),
    ENGINEER_SAVED("audit.action.engineerSaved", "engineer"),
    REPAIR_SETTINGS_CHANGED("audit.action.repairSettingsChanged", "setting");

    private final String messageKey;
    private final String entityType;

    RepairAuditAction(String messageKey, String entityType) {
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
