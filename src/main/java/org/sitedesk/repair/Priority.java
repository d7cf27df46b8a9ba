package org.sitedesk.repair;

import org.sitedesk.core.i18n.Localizable;

/** 急修, 一般, 预约: decides the time limits; an appointment's limits count from the appointed time. */
public enum Priority implements Localizable {
    EMERGENCY("priority.emergency"),
    ORDINARY("priority.ordinary"),
    APPOINTMENT("priority.appointment");

    private final String messageKey;

    Priority(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
