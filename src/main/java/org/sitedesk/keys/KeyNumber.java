package org.sitedesk.keys;

import java.util.Locale;
import java.util.Optional;

/**
 * A key's number, {@code K0007}: its row's id, so it never changes when the key moves to another hook
 * and needs no counter of its own. Typed as {@code K7}, {@code k0007} or {@code 7}.
 */
public final class KeyNumber {
    private KeyNumber() {
    }

    public static String of(long id) {
        return String.format(Locale.ROOT, "K%04d", id);
    }

    public static Optional<Long> parse(String text) {
        String typed = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        if (typed.startsWith("K")) {
            typed = typed.substring(1);
        }
        if (!typed.matches("\\d{1,12}")) {
            return Optional.empty();
        }
        long id = Long.parseLong(typed);
        return id > 0 ? Optional.of(id) : Optional.empty();
    }
}
