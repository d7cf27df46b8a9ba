package org.sitedesk.repair;

import org.sitedesk.core.i18n.Localizable;

/** 报修, 投诉, 咨询, 建议, 表扬. Repairs and complaints are worked and visited; the others are answered and closed. */
public enum RequestType implements Localizable {
    REPAIR("requestType.repair"),
    COMPLAINT("requestType.complaint"),
    ENQUIRY("requestType.enquiry"),
    SUGGESTION("requestType.suggestion"),
    PRAISE("requestType.praise");

    private final String messageKey;

    RequestType(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }

    /** Whether the request is worked across the board and gets a return visit. */
    public boolean worked() {
        return this == REPAIR || this == COMPLAINT;
    }
}
