package org.sitedesk.estate;

import org.sitedesk.core.i18n.Localizable;

/** What the counter checks off when ownership changes hands (过户). */
public enum TransferDocument implements Localizable {
    PROPERTY_CERTIFICATE("transferDocument.propertyCertificate"),
    PREVIOUS_OWNER_ID("transferDocument.previousOwnerId"),
    NEW_OWNER_ID("transferDocument.newOwnerId"),
    KEYS_HANDED_OVER("transferDocument.keysHandedOver"),
    CARDS_HANDED_OVER("transferDocument.cardsHandedOver"),
    FEES_SETTLED("transferDocument.feesSettled");

    private final String messageKey;

    TransferDocument(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
