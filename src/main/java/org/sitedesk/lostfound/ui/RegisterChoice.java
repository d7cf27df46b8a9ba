package org.sitedesk.lostfound.ui;

import java.util.Optional;
import org.sitedesk.core.i18n.Localizable;
import org.sitedesk.lostfound.ItemState;

/** The register's state filter: every item, one state, or the held items due for disposal. */
enum RegisterChoice implements Localizable {
    ALL("lostFound.filter.all", null),
    HELD("lostFound.state.held", ItemState.HELD),
    DUE("lostFound.filter.due", ItemState.HELD),
    CLAIMED("lostFound.state.claimed", ItemState.CLAIMED),
    POLICE("lostFound.state.police", ItemState.POLICE),
    DISPOSED("lostFound.state.disposed", ItemState.DISPOSED);

    private final String messageKey;
    private final ItemState state;

    RegisterChoice(String messageKey, ItemState state) {
        this.messageKey = messageKey;
        this.state = state;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }

    Optional<ItemState> state() {
        return Optional.ofNullable(state);
    }

    boolean dueOnly() {
        return this == DUE;
    }
}
