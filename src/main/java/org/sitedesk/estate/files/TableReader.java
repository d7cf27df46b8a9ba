package org.sitedesk.estate.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** Reads a CSV (UTF-8) or XLSX (first sheet) file into rows; a file it cannot read becomes a problem. */
public final class TableReader {
    private TableReader() {
    }

    public static Table read(Path file) {
        String name = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            return read(name, in);
        } catch (IOException e) {
            return unreadable(name, "import.file.unreadable", e.getClass().getSimpleName());
        }
    }

    public static Table read(String name, InputStream in) throws IOException {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx")) {
            return readXlsx(name, in);
        }
        if (!lower.endsWith(".csv")) {
            return unreadable(name, "import.file.unknownKind");
        }
        byte[] bytes = in.readAllBytes();
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            List<FileProblem> problems = new ArrayList<>();
            List<TableRow> rows = CsvReader.parse(name, text, problems);
            return new Table(name, problems.isEmpty() ? rows : List.of(), problems);
        } catch (CharacterCodingException e) {
            return unreadable(name, "import.file.notUtf8");
        }
    }

    private static Table readXlsx(String name, InputStream in) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            Sheet sheet = workbook.getFirstSheet();
            List<TableRow> rows = new ArrayList<>();
            try (Stream<Row> stream = sheet.openStream()) {
                stream.forEach(row -> {
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < row.getCellCount(); i++) {
                        cells.add(text(row.getCell(i)));
                    }
                    TableRow tableRow = new TableRow(row.getRowNum(), cells.stream().map(SpreadsheetCell::fromFile).toList());
                    if (!tableRow.isBlank()) {
                        rows.add(tableRow);
                    }
                });
            }
            return new Table(name, rows, List.of());
        } catch (IOException | RuntimeException e) {
            return unreadable(name, "import.file.notXlsx");
        }
    }

    /** Numbers without a spurious ".0", dates as yyyy-MM-dd, text trimmed. */
    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            if (isDateFormat(cell)) {
                LocalDateTime date = cell.asDate();
                return LocalDate.from(date).toString();
            }
            return cell.asNumber().stripTrailingZeros().toPlainString();
        }
        String raw = cell.getRawValue();
        return raw == null ? "" : cell.getText().trim();
    }

    private static boolean isDateFormat(Cell cell) {
        String format = cell.getDataFormatString();
        return format != null && format.toLowerCase(Locale.ROOT).matches(".*(yy|dd|m/d|d/m).*");
    }

    private static Table unreadable(String name, String key, Object... arguments) {
        return new Table(name, List.of(), List.of(new FileProblem(name, 1, 1, key, arguments)));
    }
}
