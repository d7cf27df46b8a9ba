package org.sitedesk.print;

import org.sitedesk.core.audit.AuditAction;

/** The print engine's audited actions. */
public enum PrintAuditAction implements AuditAction {
    OFFSET_CHANGED("audit.action.printOffsetChanged");

    private final String messageKey;

    PrintAuditAction(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String entityType() {
        return "printout";
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
