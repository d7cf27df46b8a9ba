package org.sitedesk.core.i18n;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-visible strings of one language. Immutable: switching language makes a new instance,
 * and the window is rebuilt with it.
 */
public final class Messages {
    public static final String BUNDLE = "org.sitedesk.i18n.messages";

    private final Language language;
    private final ResourceBundle bundle;

    public Messages(Language language) {
        this.language = language;
        // no fallback to the JVM's locale: a French PC must still get one of our two bundles
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Language language() {
        return language;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(Localizable value) {
        return get(value.messageKey());
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            // a missing key is a bug caught by the localization test; never crash a counter over it
            return "!" + key + "!";
        }
    }

    public String format(String key, Object... args) {
        if (args.length == 0) {
            return get(key);
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof Localizable localizable ? get(localizable.messageKey()) : args[i];
        }
        return new MessageFormat(get(key), language.locale()).format(shown);
    }

    /** The text of an exception meant for users, or a plain sentence for anything else. */
    public String describe(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof UserFacingException userFacing) {
                return format(userFacing.messageKey(), userFacing.arguments());
            }
        }
        return get("error.unexpected");
    }
}
