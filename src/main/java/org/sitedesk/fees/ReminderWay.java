package org.sitedesk.fees;

import org.sitedesk.core.i18n.Localizable;

/** How a reminder reached the owner (DOMAIN.md fees 7). Never a threat to cut water, power or gas. */
public enum ReminderWay implements Localizable {
    PHONE("reminderWay.phone"),
    DOOR_NOTICE("reminderWay.doorNotice"),
    LETTER("reminderWay.letter"),
    IN_PERSON("reminderWay.inPerson");

    private final String messageKey;

    ReminderWay(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
