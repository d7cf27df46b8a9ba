package org.sitedesk.estate;

import org.sitedesk.core.i18n.Localizable;

/** How a person belongs to a unit: 业主, 家属, 租户, 紧急联系人. */
public enum PersonRole implements Localizable {
    OWNER("personRole.owner"),
    FAMILY("personRole.family"),
    TENANT("personRole.tenant"),
    EMERGENCY_CONTACT("personRole.emergencyContact");

    private final String messageKey;

    PersonRole(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
