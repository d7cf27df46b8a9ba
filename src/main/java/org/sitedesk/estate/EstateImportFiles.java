package org.sitedesk.estate;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sitedesk.estate.files.FileProblem;

/** Import files read and checked on their own: the rows that passed, and every problem found. */
public record EstateImportFiles(List<Lined<UnitRow>> units, List<Lined<OwnerRow>> owners, List<FileProblem> problems) {

    String unitFiles() {
        return files(units.stream().map(Lined::file));
    }

    String ownerFiles() {
        return files(owners.stream().map(Lined::file));
    }

    private static String files(Stream<String> names) {
        return names.distinct().map(name -> name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1))
                .collect(Collectors.joining(","));
    }
}
