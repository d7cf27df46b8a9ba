package org.sitedesk.estate.files;

import java.util.regex.Pattern;

/**
 * Keeps a spreadsheet from running a cell as a formula (CSV injection): an owner named
 * {@code =HYPERLINK(…)} or a note starting with {@code @} is exported with a leading apostrophe, as
 * OWASP advises, and the import takes exactly that apostrophe off again, so every export imports back
 * unchanged. A plain number such as {@code -12.50} is a number, not a formula, and is left alone.
 */
public final class SpreadsheetCell {
    /** Text that a spreadsheet would start a formula with, after any apostrophes already there. */
    private static final Pattern FORMULA_START = Pattern.compile("'*[=+\\-@\t\r].*", Pattern.DOTALL);
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private SpreadsheetCell() {
    }

    /**
     * The cell as written to a file. Text that already starts with apostrophes before such a
     * character gets one more, so reading it back gives the text as it was.
     */
    public static String toFile(String cell) {
        if (cell == null) {
            return "";
        }
        return FORMULA_START.matcher(cell).matches() && !PLAIN_NUMBER.matcher(cell).matches() ? "'" + cell : cell;
    }

    /** The cell as read from a file: the apostrophe {@link #toFile} added is taken off. */
    public static String fromFile(String cell) {
        return cell.startsWith("'") && FORMULA_START.matcher(cell).matches() ? cell.substring(1) : cell;
    }
}
