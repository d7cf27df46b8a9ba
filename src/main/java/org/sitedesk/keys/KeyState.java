package org.sitedesk.keys;

import org.sitedesk.core.i18n.Localizable;

/** Where a key is: on its hook, out on loan, handed to the owner for good (交房), or lost. Stored by name. */
public enum KeyState implements Localizable {
    IN_CABINET("keyState.inCabinet"),
    LENT("keyState.lent"),
    HANDED_OVER("keyState.handedOver"),
    LOST("keyState.lost");

    private final String messageKey;

    KeyState(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }

    /** Whether the center still holds the key (in the cabinet or out on loan); it then keeps its hook. */
    public boolean held() {
        return this == IN_CABINET || this == LENT;
    }
}
