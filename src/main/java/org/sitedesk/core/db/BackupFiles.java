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

    /** When the backup named {@code file} was taken, read from its name. */
    public static Optional<java.time.LocalDateTime> takenAt(Path file) {
        if (!isBackup(file)) {
            return Optional.empty();
        }
        String name = file.getFileName().toString();
        String stamp = name.substring("sitedesk-".length(), name.lastIndexOf('.'));
        // older names carried minutes only
        String seconds = stamp.length() == "yyyyMMdd-HHmm".length() ? stamp + "00" : stamp;
        try {
            return Optional.of(java.time.LocalDateTime.parse(seconds, TIME));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code file} is named like one of SiteDesk's backups (not its summary, not anything else in the folder). */
    public static boolean isBackup(Path file) {
        return file.getFileName().toString().matches("sitedesk-\\d{8}-\\d{4,6}\\.(zip|dump)");
    }

    /** Every backup in {@code folder}, newest first. */
    public static java.util.List<Path> allIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return java.util.List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(BackupFiles::isBackup)
                    .sorted(Comparator.comparing((Path file) -> file.getFileName().toString()).reversed()).toList();
        } catch (IOException e) {
            return java.util.List.of();
        }
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
