package org.sitedesk.keys;

import org.sitedesk.core.audit.AuditAction;

/** Audited actions of the key cabinet and the pass register. */
public enum KeyAuditAction implements AuditAction {
    CABINET_ADDED("audit.action.cabinetAdded", "cabinet"),
    KEY_ADDED("audit.action.keyAdded", "key"),
    KEY_MOVED("audit.action.keyMoved", "key"),
    KEY_LENT("audit.action.keyLent", "key"),
    KEY_RETURNED("audit.action.keyReturned", "key"),
    KEY_LOST("audit.action.keyLost", "key"),
    KEY_SEAL_OPENED("audit.action.keySealOpened", "key"),
    KEY_SEALED("audit.action.keySealed", "key"),
    KEYS_HANDED_OVER("audit.action.keysHandedOver", "unit"),
    PASS_TYPE_SAVED("audit.action.passTypeSaved", "passType"),
    PASS_ISSUED("audit.action.passIssued", "pass"),
    PASS_LOST("audit.action.passLost", "pass"),
    PASS_REISSUED("audit.action.passReissued", "pass"),
    PASS_RETURNED("audit.action.passReturned", "pass"),
    PASSES_ENDED("audit.action.passesEnded", "pass"),
    PASSES_EXPORTED("audit.action.passesExported", "pass"),
    PASS_DATES_MOVED("audit.action.passDatesMoved", "pass");

    private final String messageKey;
    private final String entityType;

    KeyAuditAction(String messageKey, String entityType) {
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
