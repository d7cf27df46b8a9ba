package org.sitedesk.fees;

/** A one-off charge posted and paid at once: the charge's id and the receipt that paid it. */
public record CollectedCharge(long chargeId, String receiptNumber) {
}
