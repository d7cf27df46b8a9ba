package org.sitedesk.renovation;

import org.sitedesk.core.i18n.Localizable;

/** A rectification notice: open, closed by a follow-up inspection, or escalated to stop-work. */
public enum NoticeState implements Localizable {
    OPEN("renovation.notice.open"),
    CLOSED("renovation.notice.closed"),
    ESCALATED("renovation.notice.escalated");

    private final String messageKey;

    NoticeState(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
