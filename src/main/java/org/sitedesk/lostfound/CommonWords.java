package org.sitedesk.lostfound;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words two descriptions share, for matching a lost report with a found item. Chinese is not
 * written with spaces, so its words are taken as every pair of neighbouring characters (bigrams:
 * 黑色钱包 → 黑色, 色钱, 钱包): two descriptions of the same wallet share 钱包 however each is worded.
 * Pairs with a grammatical character (的, 了, 一, 个 …) say nothing and are left out; letters and
 * digits count as whole words (iPhone, 520). The words shared come in the order the second text has
 * them, so a list shows the owner's own words first.
 */
final class CommonWords {
    private static final String EMPTY_CHARACTERS = "的了是在和与及或把被有个一只件条张我你他她它们这那着过也都很";

    private CommonWords() {
    }

    static List<String> between(String first, String second) {
        Set<String> shared = words(second);
        shared.retainAll(words(first));
        return List.copyOf(shared);
    }

    static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        if (text == null) {
            return words;
        }
        int[] points = text.codePoints().toArray();
        StringBuilder latin = new StringBuilder();
        for (int i = 0; i < points.length; i++) {
            int point = points[i];
            if (Character.isLetterOrDigit(point) && !isHan(point)) {
                latin.appendCodePoint(Character.toLowerCase(point));
                continue;
            }
            addLatin(words, latin);
            if (isHan(point) && i + 1 < points.length && isHan(points[i + 1]) && !empty(point) && !empty(points[i + 1])) {
                words.add(new String(points, i, 2));
            }
        }
        addLatin(words, latin);
        return words;
    }

    private static void addLatin(Set<String> words, StringBuilder latin) {
        if (latin.length() >= 2) {
            words.add(latin.toString().toLowerCase(Locale.ROOT));
        }
        latin.setLength(0);
    }

    private static boolean isHan(int point) {
        return Character.UnicodeScript.of(point) == Character.UnicodeScript.HAN;
    }

    private static boolean empty(int point) {
        return EMPTY_CHARACTERS.indexOf(point) >= 0;
    }
}
