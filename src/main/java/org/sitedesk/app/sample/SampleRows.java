package org.sitedesk.app.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitedesk.estate.files.Table;
import org.sitedesk.estate.files.TableReader;
import org.sitedesk.estate.files.TableRow;

/** A sample file of the sample's own format read as rows of cells by their header's names. */
final class SampleRows {
    private SampleRows() {
    }

    static List<Map<String, String>> read(String name) {
        try (InputStream in = SampleData.resource(name)) {
            Table table = TableReader.read(name, in);
            List<String> header = table.rows().get(0).cells();
            List<Map<String, String>> rows = new ArrayList<>();
            for (TableRow row : table.rows().subList(1, table.rows().size())) {
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    cells.put(header.get(i).trim(), row.cell(i).trim());
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
