package org.sitedesk.core.users;

import org.sitedesk.core.i18n.UserFacingException;

/** Sign-in refused: wrong name or password, account locked, or deactivated. */
public final class SignInRefusedException extends UserFacingException {
    public SignInRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
