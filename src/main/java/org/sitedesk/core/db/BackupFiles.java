package org.sitedesk.core.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/** Where backups of an H2 database file are looked for when the database itself cannot be read. */
final class BackupFiles {
    private BackupFiles() {
    }

    /** The newest {@code sitedesk-*.zip} in the {@code backups} folder beside the database file (the default backup folder). */
    static Optional<Path> newestBeside(Path databaseFile) {
        Path folder = databaseFile.toAbsolutePath().getParent().resolve("backups");
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().matches("sitedesk-.*\\.zip"))
                    .max(Comparator.comparing(file -> file.getFileName().toString()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
