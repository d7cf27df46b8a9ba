package org.sitedesk.estate.files;

import java.util.List;

/** One row of a spreadsheet: the line a text editor (or the row number a spreadsheet) shows, and its cells. */
public record TableRow(int line, List<String> cells) {
    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isEmpty);
    }
}
