package org.sitedesk.core.users;

import org.sitedesk.core.i18n.UserFacingException;

/** The actor's role does not allow the action; nothing was changed. */
public final class PermissionDeniedException extends UserFacingException {
    private final Permission permission;

    public PermissionDeniedException(Permission permission) {
        super("error.permissionDenied", permission);
        this.permission = permission;
    }

    public Permission permission() {
        return permission;
    }
}
