package org.sitedesk.core.id;

import java.util.regex.Pattern;

/** A household's phone: a mobile number, or a landline with or without its area code (0571-87654321). */
public final class PhoneNumber {
    private static final Pattern LANDLINE = Pattern.compile("^(0\\d{2,3}-?)?[2-9]\\d{6,7}$");

    private PhoneNumber() {
    }

    public static boolean isValid(String number) {
        String typed = number == null ? "" : number.trim().replace(" ", "");
        return MobileNumber.isValid(typed) || LANDLINE.matcher(typed).matches();
    }

    /** Mobiles as 138****8000; landlines keep the area code and last four digits. */
    public static String mask(String number) {
        if (number == null || number.isBlank()) {
            return "";
        }
        if (MobileNumber.isValid(number)) {
            return MobileNumber.mask(number);
        }
        String typed = number.trim();
        int dash = typed.indexOf('-');
        String area = dash > 0 ? typed.substring(0, dash + 1) : "";
        String local = dash > 0 ? typed.substring(dash + 1) : typed;
        return local.length() <= 4 ? typed : area + "*".repeat(local.length() - 4) + local.substring(local.length() - 4);
    }
}
