package org.sitedesk.keys;

import org.sitedesk.core.i18n.Localizable;

/** What happened to a key, as its history and the household card list it. Stored by name. */
public enum KeyEventKind implements Localizable {
    ADDED("keyEvent.added"),
    MOVED("keyEvent.moved"),
    LENT("keyEvent.lent"),
    RETURNED("keyEvent.returned"),
    LOST("keyEvent.lost"),
    SEAL_OPENED("keyEvent.sealOpened"),
    SEALED("keyEvent.sealed"),
    HANDED_OVER("keyEvent.handedOver");

    private final String messageKey;

    KeyEventKind(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
