package org.sitedesk.core.db;

import org.sitedesk.core.i18n.UserFacingException;

/** The database could not be opened; the message says why in one sentence, and nothing was changed. */
public final class DatabaseOpenException extends UserFacingException {
    public DatabaseOpenException(Throwable cause, String messageKey, Object... arguments) {
        super(cause, messageKey, arguments);
    }
}
