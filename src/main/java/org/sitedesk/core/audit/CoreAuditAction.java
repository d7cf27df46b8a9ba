package org.sitedesk.core.audit;

/** The foundation's own audited actions: users, sign-in, settings. */
public enum CoreAuditAction implements AuditAction {
    USER_CREATED("audit.action.userCreated", "user"),
    USER_UPDATED("audit.action.userUpdated", "user"),
    USER_DEACTIVATED("audit.action.userDeactivated", "user"),
    USER_REACTIVATED("audit.action.userReactivated", "user"),
    PASSWORD_RESET("audit.action.passwordReset", "user"),
    PASSWORD_CHANGED("audit.action.passwordChanged", "user"),
    SIGNED_IN("audit.action.signedIn", "user"),
    SIGNED_OUT("audit.action.signedOut", "user"),
    SIGN_IN_FAILED("audit.action.signInFailed", "user"),
    ACCOUNT_LOCKED("audit.action.accountLocked", "user"),
    SETTINGS_CHANGED("audit.action.settingsChanged", "setting"),
    BACKUP_TAKEN("audit.action.backupTaken", "backup"),
    DATABASE_RESTORED("audit.action.databaseRestored", "backup");

    private final String messageKey;
    private final String entityType;

    CoreAuditAction(String messageKey, String entityType) {
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
