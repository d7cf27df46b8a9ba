package org.sitedesk.lostfound;

import org.sitedesk.core.i18n.Localizable;

/** Who found the item: a member of staff (a guard on patrol, a cleaner), a resident or a visitor. */
public enum FinderKind implements Localizable {
    STAFF("lostFound.finder.staff"),
    RESIDENT("lostFound.finder.resident"),
    VISITOR("lostFound.finder.visitor");

    private final String messageKey;

    FinderKind(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
