package org.sitedesk.repair;

import org.sitedesk.core.i18n.Localizable;

/** How a return visit was made. */
public enum VisitWay implements Localizable {
    PHONE("visitWay.phone"),
    VISIT("visitWay.visit");

    private final String messageKey;

    VisitWay(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
