package org.sitedesk.estate;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A unit's code: building, entrance and room, three parts of letters and digits joined by
 * {@code -}: {@code 3-2-1502}, {@code 12-1-101}, {@code P-B1-001}. Letters are kept upper-case.
 */
public record RoomCode(String building, String entrance, String room) {
    private static final Pattern FORM = Pattern.compile("^([A-Za-z0-9]+)-([A-Za-z0-9]+)-([A-Za-z0-9]+)$");

    public static Optional<RoomCode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = FORM.matcher(text.trim());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new RoomCode(upper(matcher.group(1)), upper(matcher.group(2)), upper(matcher.group(3))));
    }

    /** The code without dashes, as a clerk may type it: {@code 321502}. */
    public String compact() {
        return building + entrance + room;
    }

    @Override
    public String toString() {
        return building + "-" + entrance + "-" + room;
    }

    private static String upper(String part) {
        return part.toUpperCase(Locale.ROOT);
    }
}
