package org.sitedesk.estate.search;

import java.util.Locale;

/**
 * What was typed into the search box, looked at once: which of the rules can apply at all. The
 * in-memory index and the database lookup of the command line both start from it, so they agree
 * on what a query can match.
 */
public final class SearchQuery {
    private final String text;
    private final String upper;
    private final String lower;
    private final boolean codeLike;
    private final boolean hasDash;
    private final boolean hasChinese;
    private final boolean lettersOnly;
    private final boolean digitsOnly;
    private final boolean idTailLike;
    private final boolean plateLike;

    private SearchQuery(String text) {
        this.text = text;
        this.upper = text.toUpperCase(Locale.ROOT);
        this.lower = text.toLowerCase(Locale.ROOT);
        this.hasDash = text.indexOf('-') >= 0;
        this.codeLike = text.matches("[A-Za-z0-9-]+");
        this.hasChinese = text.codePoints().anyMatch(c -> c >= 0x2E80);
        this.lettersOnly = text.matches("[A-Za-z]+");
        this.digitsOnly = text.matches("\\d+");
        this.idTailLike = text.matches("[0-9]{3,5}[0-9Xx]");
        this.plateLike = text.length() >= 2 && text.matches("[\\p{IsHan}A-Za-z0-9]+") && !lettersOnly
                && (hasChinese || text.matches(".*[A-Za-z].*"));
    }

    public static SearchQuery of(String typed) {
        return new SearchQuery(typed == null ? "" : typed.trim().replace(" ", ""));
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** As typed, without spaces. */
    public String text() {
        return text;
    }

    public String upper() {
        return upper;
    }

    public String lower() {
        return lower;
    }

    /** A room code, exact or its beginning; with no dash it may be the code without dashes. */
    public boolean codeLike() {
        return codeLike;
    }

    public boolean hasDash() {
        return hasDash;
    }

    /** Codes are matched by their beginning from two characters on; one character only exactly. */
    public boolean roomPrefixAllowed() {
        return upper.length() >= 2;
    }

    /** A name or part of one. */
    public boolean hasChinese() {
        return hasChinese;
    }

    /** Pinyin initials, or full pinyin from two letters on. */
    public boolean lettersOnly() {
        return lettersOnly;
    }

    public boolean fullPinyinAllowed() {
        return lower.length() >= 2;
    }

    /** Four or more digits anywhere in a phone. */
    public boolean phoneLike() {
        return digitsOnly && text.length() >= 4;
    }

    /** The last 4–6 characters of an ID number. */
    public boolean idTailLike() {
        return idTailLike;
    }

    /** Part of a car plate. */
    public boolean plateLike() {
        return plateLike;
    }
}
