package org.sitedesk.core.id;

import java.util.regex.Pattern;

/** Mainland mobile numbers, {@code ^1[3-9]\d{9}$} (DOMAIN.md, personal information 4). */
public final class MobileNumber {
    private static final Pattern FORM = Pattern.compile("^1[3-9]\\d{9}$");

    private MobileNumber() {
    }

    /** Spaces and dashes typed between groups ({@code 138 0013 8000}) are ignored. */
    public static String normalize(String number) {
        return number == null ? "" : number.replaceAll("[\\s-]", "");
    }

    public static boolean isValid(String number) {
        return FORM.matcher(normalize(number)).matches();
    }

    /** {@code 138****8000}: the first three and last four digits stay readable. */
    public static String mask(String number) {
        String digits = normalize(number);
        if (digits.length() < 8) {
            return "*".repeat(digits.length());
        }
        return digits.substring(0, 3) + "*".repeat(digits.length() - 7) + digits.substring(digits.length() - 4);
    }
}
