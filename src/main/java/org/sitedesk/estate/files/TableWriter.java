package org.sitedesk.estate.files;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a header and rows as CSV (UTF-8 with a byte-order mark so Excel shows Chinese, CRLF,
 * quoted where needed) or XLSX (every cell text, so 3-2-1502 never turns into a date). Every cell
 * goes through {@link SpreadsheetCell}, so no export carries a formula a spreadsheet would run.
 */
public final class TableWriter {
    private TableWriter() {
    }

    public static void write(Path file, List<String> header, List<List<String>> rows) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            writeXlsx(file, header, rows);
        } else {
            writeCsv(file, header, rows);
        }
    }

    private static void writeCsv(Path file, List<String> header, List<List<String>> rows) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            line(out, header);
            for (List<String> row : rows) {
                line(out, row);
            }
        }
    }

    private static void line(Writer out, List<String> cells) throws IOException {
        out.write(csvLine(cells));
        out.write("\r\n");
    }

    /** One CSV line (RFC 4180 quoting, no line end), as the exports and the command line write them. */
    public static String csvLine(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            String cell = SpreadsheetCell.toFile(cells.get(i));
            if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0
                    || !cell.equals(cell.trim())) {
                line.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                line.append(cell);
            }
        }
        return line.toString();
    }

    private static void writeXlsx(Path file, List<String> header, List<List<String>> rows) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "SiteDesk", "1.0");
            Worksheet sheet = workbook.newWorksheet("Sheet1");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, SpreadsheetCell.toFile(header.get(c)));
            }
            for (int r = 0; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    sheet.value(r + 1, c, SpreadsheetCell.toFile(row.get(c)));
                }
            }
            workbook.finish();
        }
    }
}
