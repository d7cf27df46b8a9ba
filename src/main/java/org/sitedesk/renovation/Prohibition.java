package org.sitedesk.renovation;

import org.sitedesk.core.i18n.Localizable;

/** What art. 5 of Order No. 110 prohibits without the right document (DOMAIN.md renovation 3). */
public enum Prohibition implements Localizable {
    STRUCTURE("renovation.prohibition.structure"),
    WET_ROOM("renovation.prohibition.wetRoom"),
    OPENING("renovation.prohibition.opening"),
    BALCONY("renovation.prohibition.balcony"),
    ENERGY_SAVING("renovation.prohibition.energySaving");

    private final String messageKey;

    Prohibition(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
