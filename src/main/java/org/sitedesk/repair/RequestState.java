package org.sitedesk.repair;

import org.sitedesk.core.i18n.Localizable;

/** The columns of the dispatch board, plus on hold and cancelled. */
public enum RequestState implements Localizable {
    NEW("requestState.new"),
    DISPATCHED("requestState.dispatched"),
    ON_SITE("requestState.onSite"),
    DONE("requestState.done"),
    RETURN_VISIT("requestState.returnVisit"),
    CLOSED("requestState.closed"),
    ON_HOLD("requestState.onHold"),
    CANCELLED("requestState.cancelled");

    private final String messageKey;

    RequestState(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }

    /** Still work to do: the clocks run (unless on hold) and the request counts as open. */
    public boolean open() {
        return this != CLOSED && this != CANCELLED;
    }
}
