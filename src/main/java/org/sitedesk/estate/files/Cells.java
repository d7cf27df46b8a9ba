package org.sitedesk.estate.files;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import org.sitedesk.estate.RoomCode;

/** Reading one cell of a row, adding a problem with the cell's line and column when it is wrong. */
public final class Cells {
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/M/d").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DASHED = DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT);

    private final Table table;
    private final Header header;
    private final TableRow row;
    private final List<FileProblem> problems;

    public Cells(Table table, Header header, TableRow row, List<FileProblem> problems) {
        this.table = table;
        this.header = header;
        this.row = row;
        this.problems = problems;
    }

    /** A required cell: empty gives a problem naming the column. */
    public Optional<String> required(String column) {
        String value = header.cell(row, column);
        if (value.isEmpty()) {
            problem(column, "import.cell.required", column);
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** The room column read as a room code; a malformed code gives a problem. */
    public Optional<RoomCode> room() {
        return required("room").flatMap(text -> {
            Optional<RoomCode> parsed = RoomCode.parse(text);
            if (parsed.isEmpty()) {
                problem("room", "import.unit.roomForm", text);
            }
            return parsed;
        });
    }

    public String optional(String column) {
        return header.cell(row, column);
    }

    /** An optional date, yyyy-MM-dd (or yyyy/MM/dd as spreadsheets write it). */
    public Optional<LocalDate> date(String column) {
        String value = header.cell(row, column);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : List.of(DASHED, SLASHED)) {
            try {
                return Optional.of(LocalDate.parse(value, format));
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        problem(column, "import.cell.dateForm", value);
        return Optional.empty();
    }

    public void problem(String column, String key, Object... arguments) {
        problems.add(new FileProblem(table.file(), row.line(), header.column(column), key, arguments));
    }
}
