package org.sitedesk.archive;

import org.sitedesk.core.i18n.Localizable;

/** Whether a document type is on a household's checklist of standard documents. */
public enum Checklist implements Localizable {
    /** Every owner should have handed one in. */
    ALWAYS("checklist.always"),
    /** Only owners who bought from a previous owner (过户资料). */
    AFTER_TRANSFER("checklist.afterTransfer"),
    NO("checklist.no");

    private final String messageKey;

    Checklist(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
