package org.sitedesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.sitedesk.core.Progress;
import org.sitedesk.estate.EstateImportFiles;
import org.sitedesk.estate.ImportOutcome;
import org.sitedesk.estate.files.EstateFileReader;
import org.sitedesk.estate.files.ImportKind;
import org.sitedesk.estate.files.RowFormats;
import org.sitedesk.estate.files.TableReader;
import org.sitedesk.estate.files.TableWriter;
import org.sitedesk.estate.generate.EstateGenerator;
import org.sitedesk.estate.generate.GeneratedEstate;
import org.sitedesk.support.TestDatabase;

/** The estate import of 20,000 units and their owners from CSV into a new database: reading, checking, writing. */
final class ImportBenchmark {
    private static final int UNITS = 20_000;

    private ImportBenchmark() {
    }

    static List<Figure> run(Path scratch) throws Exception {
        GeneratedEstate estate = new EstateGenerator(7).generate(UNITS);
        Path units = scratch.resolve("units.csv");
        Path owners = scratch.resolve("owners.csv");
        Files.createDirectories(scratch);
        TableWriter.write(units, ImportKind.UNITS.englishHeader(), estate.units().stream().map(RowFormats::unit).toList());
        TableWriter.write(owners, ImportKind.OWNERS.englishHeader(), estate.owners().stream().map(RowFormats::owner).toList());
        try (TestDatabase db = new TestDatabase(scratch.resolve("db"))) {
            long start = System.nanoTime();
            EstateImportFiles files = EstateFileReader.read(List.of(TableReader.read(units), TableReader.read(owners)),
                    LocalDate.now(db.clock));
            ImportOutcome outcome = db.services.estate().imports().run(db.administrator(), files, false, Progress.NONE);
            double seconds = (System.nanoTime() - start) / 1e9;
            return List.of(Figure.of(String.format("import: %d units + %d owners from CSV, %s", outcome.unitsAdded(),
                    outcome.ownersAdded(), org.sitedesk.support.TestDatabases.onH2() ? "H2" : "PostgreSQL"), "≤ 30 s",
                    String.format("%.1f s", seconds), seconds <= 30));
        }
    }
}
