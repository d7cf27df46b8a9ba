package org.sitedesk.core.id;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The 18-character resident identity card number of GB 11643-1999 (DOMAIN.md, personal information 4):
 * 6-digit area, 8-digit birth date (a real date), 3-digit sequence and a check digit computed with
 * weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, sum mod 11 indexing "10X98765432".
 */
public final class ResidentIdNumber {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final int LENGTH = 18;
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    /** Why a number is not a valid resident ID; each has a message key. */
    public enum Problem {
        LENGTH("error.id.length"),
        CHARACTERS("error.id.characters"),
        BIRTH_DATE("error.id.birthDate"),
        CHECK_DIGIT("error.id.checkDigit");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private ResidentIdNumber() {
    }

    /**
     * Checks a number; a lower-case x is accepted as the check character. Birth dates after
     * {@code today} are refused.
     */
    public static Optional<Problem> check(String number, LocalDate today) {
        String id = number == null ? "" : number.trim().toUpperCase();
        if (id.length() != LENGTH) {
            return Optional.of(Problem.LENGTH);
        }
        for (int i = 0; i < LENGTH - 1; i++) {
            if (id.charAt(i) < '0' || id.charAt(i) > '9') {
                return Optional.of(Problem.CHARACTERS);
            }
        }
        char last = id.charAt(LENGTH - 1);
        if (!(last >= '0' && last <= '9') && last != 'X') {
            return Optional.of(Problem.CHARACTERS);
        }
        Optional<LocalDate> birth = birthDate(id);
        if (birth.isEmpty() || birth.get().isBefore(EARLIEST_BIRTH) || birth.get().isAfter(today)) {
            return Optional.of(Problem.BIRTH_DATE);
        }
        if (checkCharacter(id) != last) {
            return Optional.of(Problem.CHECK_DIGIT);
        }
        return Optional.empty();
    }

    public static boolean isValid(String number, LocalDate today) {
        return check(number, today).isEmpty();
    }

    /** The check character for the first 17 digits of {@code id}. */
    public static char checkCharacter(String id) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    private static Optional<LocalDate> birthDate(String id) {
        try {
            return Optional.of(LocalDate.of(
                    Integer.parseInt(id.substring(6, 10)),
                    Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Shows the area code and the check character and hides the rest (DOMAIN.md, personal
     * information 2): {@code 110105********002X} keeps six in front and four at the end.
     */
    public static String mask(String number) {
        if (number == null || number.length() <= 10) {
            return number == null ? "" : "*".repeat(number.length());
        }
        return number.substring(0, 6) + "*".repeat(number.length() - 10) + number.substring(number.length() - 4);
    }
}
