package org.sitedesk.renovation;

import org.sitedesk.core.i18n.Localizable;

/** Who applies: the owner, or a tenant with the owner's written consent (art. 13). */
public enum ApplicantKind implements Localizable {
    OWNER("renovation.applicant.owner"),
    TENANT("renovation.applicant.tenant");

    private final String messageKey;

    ApplicantKind(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
