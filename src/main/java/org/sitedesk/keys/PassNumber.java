package org.sitedesk.keys;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A pass or card number as typed or as a USB card reader types it (digits and letters, often with
 * leading zeros, then Enter): spaces and control characters the reader or the clerk adds are dropped,
 * letters are upper case, leading zeros stay.
 */
public final class PassNumber {
    private static final Pattern FORM = Pattern.compile("[0-9A-Z-]{4,32}");

    private PassNumber() {
    }

    public static String normalize(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s\\p{Cntrl}]", "").toUpperCase(Locale.ROOT);
    }

    /** The number in its stored form, or empty when it is not one (4 to 32 digits, letters or -). */
    public static Optional<String> parse(String typed) {
        String number = normalize(typed);
        return FORM.matcher(number).matches() ? Optional.of(number) : Optional.empty();
    }
}
