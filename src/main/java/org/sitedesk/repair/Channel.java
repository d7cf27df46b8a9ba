package org.sitedesk.repair;

import org.sitedesk.core.i18n.Localizable;

/** How a request reached the service center. */
public enum Channel implements Localizable {
    PHONE("channel.phone"),
    WALK_IN("channel.walkIn"),
    PATROL("channel.patrol"),
    OTHER("channel.other");

    private final String messageKey;

    Channel(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
