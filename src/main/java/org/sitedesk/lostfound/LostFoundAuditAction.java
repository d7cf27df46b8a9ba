package org.sitedesk.lostfound;

import org.sitedesk.core.audit.AuditAction;

/** Audited actions of lost and found. */
public enum LostFoundAuditAction implements AuditAction {
    FOUND_ITEM_LOGGED("audit.action.foundItemLogged", "found_item"),
    NOTICE_POSTED("audit.action.lostNoticePosted", "found_item"),
    ITEM_CLAIMED("audit.action.foundItemClaimed", "found_item"),
    CLAIMANT_ID_VIEWED("audit.action.claimantIdViewed", "found_item"),
    HANDED_TO_POLICE("audit.action.foundItemHandedToPolice", "found_item"),
    ITEM_DISPOSED("audit.action.foundItemDisposed", "found_item"),
    LOST_REPORT_LOGGED("audit.action.lostReportLogged", "lost_report"),
    LOST_REPORT_CLOSED("audit.action.lostReportClosed", "lost_report"),
    LOST_FOUND_SETTINGS_CHANGED("audit.action.lostFoundSettingsChanged", "setting");

    private final String messageKey;
    private final String entityType;

    LostFoundAuditAction(String messageKey, String entityType) {
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
