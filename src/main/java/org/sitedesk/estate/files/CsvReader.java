package org.sitedesk.estate.files;

import java.util.ArrayList;
import java.util.List;

/**
 * CSV as RFC 4180 writes it: quoted fields may hold commas, doubled quotes and line breaks; a
 * row's line number is the line its first field starts on. A byte-order mark is dropped; CRLF
 * and LF both end a line.
 */
final class CsvReader {
    private CsvReader() {
    }

    /** The rows; a quote still open at the end of the file is reported as a problem at its line. */
    static List<TableRow> parse(String file, String text, List<FileProblem> problems) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<TableRow> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        int quoteLine = 1;
        boolean quoted = false;
        boolean cellWasQuoted = false;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < content.length() && content.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.length() == 0 && !cellWasQuoted) {
                quoted = true;
                cellWasQuoted = true;
                quoteLine = line;
            } else if (c == ',') {
                cells.add(clean(cell, cellWasQuoted));
                cell.setLength(0);
                cellWasQuoted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(clean(cell, cellWasQuoted));
                add(rows, rowLine, cells);
                cells = new ArrayList<>();
                cell.setLength(0);
                cellWasQuoted = false;
                line++;
                rowLine = line;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            problems.add(new FileProblem(file, quoteLine, cells.size() + 1, "import.csv.unclosedQuote"));
        }
        if (cell.length() > 0 || !cells.isEmpty() || cellWasQuoted) {
            cells.add(clean(cell, cellWasQuoted));
            add(rows, rowLine, cells);
        }
        return rows;
    }

    private static void add(List<TableRow> rows, int line, List<String> cells) {
        TableRow row = new TableRow(line, cells.stream().map(SpreadsheetCell::fromFile).toList());
        if (!row.isBlank()) {
            rows.add(row);
        }
    }

    private static String clean(StringBuilder cell, boolean quoted) {
        return quoted ? cell.toString() : cell.toString().trim();
    }
}
