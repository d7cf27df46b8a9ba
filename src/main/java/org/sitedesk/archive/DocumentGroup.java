package org.sitedesk.archive;

import org.sitedesk.core.i18n.Localizable;

/** Whose papers a document type belongs to: the owner's file, a renovation's, or anything else. */
public enum DocumentGroup implements Localizable {
    OWNER("documentGroup.owner"),
    RENOVATION("documentGroup.renovation"),
    OTHER("documentGroup.other");

    private final String messageKey;

    DocumentGroup(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
