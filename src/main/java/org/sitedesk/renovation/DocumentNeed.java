package org.sitedesk.renovation;

import org.sitedesk.core.i18n.Localizable;

/** When a checklist document is needed (art. 14). */
public enum DocumentNeed implements Localizable {
    ALWAYS("renovation.need.always"),
    WHEN_SCOPE("renovation.need.whenScope"),
    TENANT("renovation.need.tenant");

    private final String messageKey;

    DocumentNeed(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
