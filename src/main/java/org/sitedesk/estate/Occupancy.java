package org.sitedesk.estate;

import org.sitedesk.core.i18n.Localizable;

/** Who uses a unit now: 空置, 自住, 出租, 装修中. */
public enum Occupancy implements Localizable {
    VACANT("occupancy.vacant"),
    OWNER_OCCUPIED("occupancy.ownerOccupied"),
    RENTED("occupancy.rented"),
    RENOVATING("occupancy.renovating");

    private final String messageKey;

    Occupancy(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
