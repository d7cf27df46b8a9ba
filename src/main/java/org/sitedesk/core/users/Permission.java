package org.sitedesk.core.users;

import org.sitedesk.core.i18n.Localizable;

/**
 * What a role may do. Services check these; the window only hides what a role cannot use.
 * Later modules add theirs here.
 */
public enum Permission implements Localizable {
    MANAGE_USERS("permission.manageUsers"),
    VIEW_AUDIT_LOG("permission.viewAuditLog"),
    EDIT_SITE_SETTINGS("permission.editSiteSettings"),
    MANAGE_ESTATE("permission.manageEstate"),
    EDIT_HOUSEHOLDS("permission.editHouseholds"),
    VIEW_PERSONAL_DATA("permission.viewPersonalData"),
    EXPORT_PERSONAL_DATA("permission.exportPersonalData"),
    MANAGE_FEES("permission.manageFees"),
    RUN_BILLING("permission.runBilling"),
    TAKE_PAYMENTS("permission.takePayments"),
    VIEW_FEES("permission.viewFees"),
    VOID_RECEIPTS("permission.voidReceipts"),
    APPROVE_FEE_ADJUSTMENTS("permission.approveFeeAdjustments"),
    LOG_REQUESTS("permission.logRequests"),
    WORK_REQUESTS("permission.workRequests"),
    VISIT_REQUESTS("permission.visitRequests"),
    MANAGE_REPAIRS("permission.manageRepairs"),
    LEND_KEYS("permission.lendKeys"),
    MANAGE_KEYS("permission.manageKeys"),
    ISSUE_PASSES("permission.issuePasses"),
    VIEW_ARCHIVE("permission.viewArchive"),
    FILE_DOCUMENTS("permission.fileDocuments"),
    LEND_DOCUMENTS("permission.lendDocuments"),
    APPROVE_SECRET_LOANS("permission.approveSecretLoans"),
    APPROVE_CONFIDENTIAL_LOANS("permission.approveConfidentialLoans"),
    APPROVE_DESTRUCTION("permission.approveDestruction"),
    HANDLE_LOST_AND_FOUND("permission.handleLostAndFound"),
    SUPERVISE_LOST_AND_FOUND("permission.superviseLostAndFound"),
    REGISTER_RENOVATIONS("permission.registerRenovations"),
    APPROVE_RENOVATIONS("permission.approveRenovations"),
    INSPECT_RENOVATIONS("permission.inspectRenovations");

    private final String messageKey;

    Permission(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
