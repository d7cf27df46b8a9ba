package org.sitedesk.core.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/** How SiteDesk names its backups ({@code sitedesk-<yyyyMMdd-HHmmss>.zip|.dump}), and where the newest one is. */
public final class BackupFiles {
    private static final java.time.format.DateTimeFormatter TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private BackupFiles() {
    }

    /** The name of a backup taken at {@code at}, with the engine's {@code extension}. */
    static String name(java.time.LocalDateTime at, String extension) {
        return "sitedesk-" + at.format(TIME) + extension;
    }

    /** Whether {@code file} is named like one of SiteDesk's backups (not its summary, not anything else in the folder). */
    public static boolean isBackup(Path file) {
        return file.getFileName().toString().matches("sitedesk-\\d{8}-\\d{4,6}\\.(zip|dump)");
    }

    /** The newest backup in {@code folder} (names sort by time). */
    public static Optional<Path> newestIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(BackupFiles::isBackup).max(Comparator.comparing(file -> file.getFileName().toString()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The newest backup in the {@code backups} folder beside an H2 database file (the default backup folder). */
    static Optional<Path> newestBeside(Path databaseFile) {
        return newestIn(databaseFile.toAbsolutePath().getParent().resolve("backups"));
    }
}
