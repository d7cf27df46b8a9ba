package org.sitedesk.lostfound;

import org.sitedesk.core.i18n.Localizable;

/**
 * Where a found item stands. An item ends claimed, with the police or disposed, and keeps its row
 * (nothing is deleted); whether a held item is due for disposal is computed, not stored.
 */
public enum ItemState implements Localizable {
    HELD("lostFound.state.held", "held"),
    CLAIMED("lostFound.state.claimed", "claimed"),
    POLICE("lostFound.state.police", "police"),
    DISPOSED("lostFound.state.disposed", "disposed");

    private final String messageKey;
    private final String word;

    ItemState(String messageKey, String word) {
        this.messageKey = messageKey;
        this.word = word;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }

    /** The word of exports and the command line's CSV: {@code held}, {@code claimed}, … */
    public String word() {
        return word;
    }
}
