package org.sitedesk.core.users;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.sitedesk.core.i18n.Localizable;

/** The six kinds of people at a service center, and what each may do. */
public enum Role implements Localizable {
    ADMINISTRATOR("role.administrator", EnumSet.allOf(Permission.class)),
    SUPERVISOR("role.supervisor", EnumSet.of(Permission.VIEW_AUDIT_LOG, Permission.EDIT_HOUSEHOLDS,
            Permission.VIEW_PERSONAL_DATA, Permission.RUN_BILLING, Permission.TAKE_PAYMENTS, Permission.VIEW_FEES,
            Permission.VOID_RECEIPTS, Permission.APPROVE_FEE_ADJUSTMENTS, Permission.LOG_REQUESTS,
            Permission.WORK_REQUESTS, Permission.VISIT_REQUESTS, Permission.MANAGE_REPAIRS, Permission.LEND_KEYS,
            Permission.MANAGE_KEYS, Permission.ISSUE_PASSES, Permission.VIEW_ARCHIVE,
            Permission.LEND_DOCUMENTS, Permission.APPROVE_SECRET_LOANS, Permission.APPROVE_DESTRUCTION,
            Permission.HANDLE_LOST_AND_FOUND, Permission.SUPERVISE_LOST_AND_FOUND,
            Permission.REGISTER_RENOVATIONS, Permission.APPROVE_RENOVATIONS, Permission.INSPECT_RENOVATIONS)),
    CASHIER("role.cashier", EnumSet.of(Permission.TAKE_PAYMENTS, Permission.VIEW_FEES, Permission.ISSUE_PASSES)),
    CLERK("role.clerk", EnumSet.of(Permission.EDIT_HOUSEHOLDS, Permission.VIEW_FEES, Permission.LOG_REQUESTS,
            Permission.VISIT_REQUESTS, Permission.LEND_KEYS, Permission.ISSUE_PASSES, Permission.VIEW_ARCHIVE,
            Permission.HANDLE_LOST_AND_FOUND, Permission.REGISTER_RENOVATIONS, Permission.INSPECT_RENOVATIONS)),
    ARCHIVIST("role.archivist", EnumSet.of(Permission.MANAGE_ESTATE, Permission.EDIT_HOUSEHOLDS,
            Permission.VIEW_PERSONAL_DATA, Permission.EXPORT_PERSONAL_DATA, Permission.VIEW_ARCHIVE,
            Permission.FILE_DOCUMENTS, Permission.LEND_DOCUMENTS)),
    ENGINEER("role.engineer", EnumSet.of(Permission.LOG_REQUESTS, Permission.WORK_REQUESTS,
            Permission.INSPECT_RENOVATIONS));

    private final String messageKey;
    private final Set<Permission> permissions;

    Role(String messageKey, Set<Permission> permissions) {
        this.messageKey = messageKey;
        this.permissions = permissions;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }

    public boolean may(Permission permission) {
        return permissions.contains(permission);
    }

    /** The code stored in the database: the constant's name. */
    public String code() {
        return name();
    }

    public static Optional<Role> ofCode(String code) {
        for (Role role : values()) {
            if (role.name().equalsIgnoreCase(code)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
