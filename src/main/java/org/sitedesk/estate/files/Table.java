package org.sitedesk.estate.files;

import java.util.List;

/** A file read as rows: the header row first. {@code problems} holds what made it unreadable. */
public record Table(String file, List<TableRow> rows, List<FileProblem> problems) {
    public boolean isReadable() {
        return problems.isEmpty();
    }
}
