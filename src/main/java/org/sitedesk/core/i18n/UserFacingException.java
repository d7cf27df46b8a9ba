package org.sitedesk.core.i18n;

import java.util.Arrays;

/**
 * A refusal or failure the user can understand and usually fix: it carries a message key and
 * arguments, and the window or the command line turns it into a sentence in the user's language.
 */
public class UserFacingException extends RuntimeException {
    private final String messageKey;
    private final transient Object[] arguments;

    public UserFacingException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    public UserFacingException(Throwable cause, String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments), cause);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
