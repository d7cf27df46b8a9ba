package org.sitedesk.estate.files;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The header row understood: which kind of file it is and where each column stands. Columns may
 * come in any order, each in English or Chinese.
 */
public final class Header {
    private final ImportKind kind;
    private final Map<String, Integer> positions;
    private final int width;

    private Header(ImportKind kind, Map<String, Integer> positions, int width) {
        this.kind = kind;
        this.positions = positions;
        this.width = width;
    }

    /**
     * Text to the right of the last header column: usually an unquoted comma that shifted the row,
     * so every cell after it is wrong too.
     */
    public void checkWidth(String file, TableRow row, List<FileProblem> problems) {
        for (int i = width; i < row.cells().size(); i++) {
            if (!row.cells().get(i).isEmpty()) {
                problems.add(new FileProblem(file, row.line(), i + 1, "import.cell.outsideColumns", row.cells().get(i)));
                return;
            }
        }
    }

    public ImportKind kind() {
        return kind;
    }

    /** The cell of a column by its English name, empty when the file does not have that column. */
    public String cell(TableRow row, String english) {
        Integer position = positions.get(english);
        return position == null ? "" : row.cell(position);
    }

    /** The 1-based column number of a column, for problems. */
    public int column(String english) {
        return positions.getOrDefault(english, 0) + 1;
    }

    /** Reads the first row; problems are added for unknown, repeated or missing columns. */
    public static Optional<Header> read(Table table, List<FileProblem> problems) {
        if (table.rows().isEmpty()) {
            problems.add(new FileProblem(table.file(), 1, 1, "import.header.missing"));
            return Optional.empty();
        }
        TableRow first = table.rows().get(0);
        ImportKind best = null;
        int bestMatches = 0;
        for (ImportKind kind : ImportKind.values()) {
            boolean complete = kind.columns().stream().filter(ImportKind.Column::required)
                    .allMatch(column -> first.cells().stream().anyMatch(column::isNamed));
            long matches = first.cells().stream()
                    .filter(cell -> kind.columns().stream().anyMatch(column -> column.isNamed(cell))).count();
            if (complete && matches > bestMatches) {
                best = kind;
                bestMatches = (int) matches;
            }
        }
        if (best == null) {
            problems.add(new FileProblem(table.file(), first.line(), 1, "import.header.unknownKind",
                    String.join(",", first.cells())));
            return Optional.empty();
        }
        Map<String, Integer> positions = new HashMap<>();
        List<FileProblem> found = new ArrayList<>();
        for (int i = 0; i < first.cells().size(); i++) {
            String cell = first.cells().get(i);
            Optional<ImportKind.Column> column = best.columns().stream().filter(c -> c.isNamed(cell)).findFirst();
            if (column.isEmpty()) {
                found.add(new FileProblem(table.file(), first.line(), i + 1, "import.header.unknownColumn", cell));
            } else if (positions.putIfAbsent(column.get().english(), i) != null) {
                found.add(new FileProblem(table.file(), first.line(), i + 1, "import.header.repeatedColumn", cell));
            }
        }
        problems.addAll(found);
        return Optional.of(new Header(best, positions, first.cells().size()));
    }
}
