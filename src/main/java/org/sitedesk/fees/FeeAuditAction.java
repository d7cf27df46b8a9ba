package org.sitedesk.fees;

import org.sitedesk.core.audit.AuditAction;

/** Audited actions of fee collection. */
public enum FeeAuditAction implements AuditAction {
    FEE_ITEM_CREATED("audit.action.feeItemCreated", "feeItem"),
    FEE_RATE_CHANGED("audit.action.feeRateChanged", "feeItem"),
    FEE_ITEM_ENDED("audit.action.feeItemEnded", "feeItem"),
    FEE_ITEMS_IMPORTED("audit.action.feeItemsImported", "feeItem"),
    FEE_SETTINGS_CHANGED("audit.action.feeSettingsChanged", "setting"),
    BILLING_RUN("audit.action.billingRun", "billing"),
    PAYMENT_TAKEN("audit.action.paymentTaken", "receipt"),
    PAYMENTS_IMPORTED("audit.action.paymentsImported", "receipt"),
    RECEIPT_VOIDED("audit.action.receiptVoided", "receipt"),
    RECEIPT_REPRINTED("audit.action.receiptReprinted", "receipt"),
    LATE_FEE_WAIVED("audit.action.lateFeeWaived", "charge"),
    CHARGE_WRITTEN_OFF("audit.action.chargeWrittenOff", "charge"),
    PREPAYMENT_REFUNDED("audit.action.prepaymentRefunded", "receipt"),
    DEPOSIT_SETTLED("audit.action.depositSettled", "deposit"),
    REMINDER_RECORDED("audit.action.reminderRecorded", "unit"),
    SHIFT_CLOSED("audit.action.shiftClosed", "shift"),
    INVOICE_RECORDED("audit.action.invoiceRecorded", "receipt");

    private final String messageKey;
    private final String entityType;

    FeeAuditAction(String messageKey, String entityType) {
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
