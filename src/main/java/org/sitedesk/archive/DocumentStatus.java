package org.sitedesk.archive;

import org.sitedesk.core.i18n.Localizable;

/** Where a document is now: in its box, lent out (and perhaps overdue), or destroyed. */
public enum DocumentStatus implements Localizable {
    ON_FILE("documentStatus.onFile", "on_file"),
    OUT("documentStatus.out", "out"),
    OVERDUE("documentStatus.overdue", "overdue"),
    DESTROYED("documentStatus.destroyed", "destroyed");

    private final String messageKey;
    private final String token;

    DocumentStatus(String messageKey, String token) {
        this.messageKey = messageKey;
        this.token = token;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }

    /** The word the command line's CSV writes, the same in every language. */
    public String token() {
        return token;
    }
}
