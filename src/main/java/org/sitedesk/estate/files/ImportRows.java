package org.sitedesk.estate.files;

import java.util.List;
import java.util.Optional;

/**
 * Walks the data rows of import files of one kind, collecting every problem with its file and line:
 * unreadable files, a header that is not this kind, rows of the wrong width. Each row goes to the
 * reader with its cells; nothing stops at the first problem.
 */
public final class ImportRows {
    private ImportRows() {
    }

    /** Reads one row; {@code problemsBefore} is the count before this row, so the row knows if it added any. */
    @FunctionalInterface
    public interface RowReader {
        void read(Table table, TableRow row, Cells cells, int problemsBefore);
    }

    public static void read(List<Table> tables, ImportKind kind, String wrongKindKey, List<FileProblem> problems,
            RowReader reader) {
        for (Table table : tables) {
            problems.addAll(table.problems());
            if (!table.isReadable()) {
                continue;
            }
            Optional<Header> header = Header.read(table, problems);
            if (header.isEmpty()) {
                continue;
            }
            if (header.get().kind() != kind) {
                problems.add(new FileProblem(table.file(), 1, 1, wrongKindKey, header.get().kind()));
                continue;
            }
            for (TableRow row : table.rows().subList(1, table.rows().size())) {
                int before = problems.size();
                header.get().checkWidth(table.file(), row, problems);
                reader.read(table, row, new Cells(table, header.get(), row, problems), before);
            }
        }
    }
}
