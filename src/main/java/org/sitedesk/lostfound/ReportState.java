package org.sitedesk.lostfound;

import org.sitedesk.core.i18n.Localizable;

/** A lost report (挂失): open until the item is returned or the owner withdraws it. */
public enum ReportState implements Localizable {
    OPEN("lostFound.report.open"),
    RETURNED("lostFound.report.returned"),
    WITHDRAWN("lostFound.report.withdrawn");

    private final String messageKey;

    ReportState(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
