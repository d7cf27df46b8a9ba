package org.sitedesk.estate.files;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitedesk.estate.EstateImportFiles;
import org.sitedesk.estate.Lined;
import org.sitedesk.estate.OwnerRow;
import org.sitedesk.estate.UnitRow;

/** Reads import files of any kind the estate takes, each recognised from its header row. */
public final class EstateFileReader {
    private EstateFileReader() {
    }

    public static EstateImportFiles read(List<Table> tables, LocalDate today) {
        List<Lined<UnitRow>> units = new ArrayList<>();
        List<Lined<OwnerRow>> owners = new ArrayList<>();
        List<FileProblem> problems = new ArrayList<>();
        for (Table table : tables) {
            problems.addAll(table.problems());
            if (!table.isReadable()) {
                continue;
            }
            Optional<Header> header = Header.read(table, problems);
            if (header.isEmpty()) {
                continue;
            }
            switch (header.get().kind()) {
                case UNITS -> units.addAll(UnitRowParser.parse(table, header.get(), problems));
                case OWNERS -> owners.addAll(OwnerRowParser.parse(table, header.get(), problems, today));
                default -> problems.add(new FileProblem(table.file(), 1, 1, "import.kind.notHere", header.get().kind()));
            }
        }
        return new EstateImportFiles(units, owners, problems);
    }
}
