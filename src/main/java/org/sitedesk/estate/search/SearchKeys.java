package org.sitedesk.estate.search;

import java.util.Arrays;
import java.util.List;

/**
 * What a person is found by, worked out when the person is written and stored with them, so a
 * lookup in the database compares plain columns and computes no pinyin: every reading's initials
 * and full pinyin of the name, each between bars ({@code |zs|zc|}, so {@code LIKE '%|zs%'} finds a
 * reading that starts with {@code zs}), and the phone's digits.
 */
public record SearchKeys(String initials, String pinyin, String phoneDigits) {
    private static final String BAR = "|";

    public static SearchKeys of(String name, String phone) {
        NamePinyin.Readings readings = NamePinyin.of(name);
        return new SearchKeys(joined(readings.initials()), joined(readings.full()), digits(phone));
    }

    /**
     * The pattern a stored {@link #initials()} or {@link #pinyin()} column is compared with:
     * a reading that starts with the typed letters.
     */
    public static String readingStartingWith(String lowerCaseLetters) {
        return BAR + lowerCaseLetters;
    }

    /** The phone's digits only, as typed digits are compared; null for no phone. */
    public static String digits(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("\\D", "");
        return digits.isEmpty() ? null : digits;
    }

    NamePinyin.Readings readings() {
        return new NamePinyin.Readings(split(pinyin), split(initials));
    }

    private static String joined(List<String> readings) {
        return BAR + String.join(BAR, readings) + BAR;
    }

    private static List<String> split(String stored) {
        return Arrays.asList(stored.substring(1, stored.length() - 1).split("\\|", -1));
    }
}
