package org.sitedesk.core.i18n;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;

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

    /**
     * Puts texts this language shows into {@code other}'s: a text that is exactly one of this
     * bundle's texts comes back as the same key's text there; anything else (names, numbers,
     * formatted sentences) comes back as it is. For what only exists as shown words, such as a
     * table's column titles and cells when the list is printed. A text several keys share takes the
     * words most of them have there; a tie is left as it is rather than guessed.
     */
    public UnaryOperator<String> rewordingInto(Messages other) {
        if (other.language == language) {
            return UnaryOperator.identity();
        }
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        for (String key : bundle.keySet()) {
            votes.computeIfAbsent(bundle.getString(key), text -> new HashMap<>()).merge(other.get(key), 1, Integer::sum);
        }
        Map<String, String> into = new HashMap<>();
        votes.forEach((text, there) -> {
            int most = Collections.max(there.values());
            List<String> winners = there.entrySet().stream().filter(entry -> entry.getValue() == most)
                    .map(Map.Entry::getKey).toList();
            if (winners.size() == 1) {
                into.put(text, winners.get(0));
            }
        });
        return text -> text == null ? null : into.getOrDefault(text, text);
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
