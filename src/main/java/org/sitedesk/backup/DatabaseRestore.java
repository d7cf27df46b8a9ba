package org.sitedesk.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.sitedesk.core.Progress;
import org.sitedesk.core.db.Database;
import org.sitedesk.core.db.DatabaseEngine;
import org.sitedesk.core.db.DatabaseLocation;
import org.sitedesk.core.db.PostgresTools;
import org.sitedesk.core.i18n.UserFacingException;

/**
 * Brings a backup back (DOMAIN.md "Data safety" 2: restore tested). An H2 file that is already there
 * is first moved aside under a name with the time, never overwritten; a PostgreSQL backup goes only
 * into an empty database. Then the restored database is opened (and brought up to this program's
 * schema) and compared with the summary written beside the backup: rows per table, the last receipt
 * of each year, and what every unit owed.
 */
public final class DatabaseRestore {
    private static final int STEPS = 4;
    private static final DateTimeFormatter SAFETY_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Clock clock;

    public DatabaseRestore(Clock clock) {
        this.clock = clock;
    }

    /**
     * Restores {@code backup} into {@code target}; {@code summarize} reads the summary of the opened,
     * restored database (it needs the services, which the caller wires).
     */
    public Restored restore(Path backup, DatabaseLocation target, Function<Database, BackupSummary> summarize) {
        return restore(backup, target, summarize, Progress.NONE);
    }

    /** {@link #restore(Path, DatabaseLocation, Function)}, telling {@code progress} each of its four steps. */
    public Restored restore(Path backup, DatabaseLocation target, Function<Database, BackupSummary> summarize,
            Progress progress) {
        if (!Files.isRegularFile(backup)) {
            throw new UserFacingException("error.restore.noFile", backup.toString());
        }
        Path summaryFile = BackupSummary.besides(backup);
        BackupSummary expected;
        try {
            expected = BackupSummary.read(summaryFile);
        } catch (IOException | RuntimeException e) {
            throw new UserFacingException(e, "error.restore.noSummary", summaryFile.toString());
        }
        DatabaseEngine engine = target.engine().orElseThrow(() -> new UserFacingException("error.db.unsupportedUrl",
                target.displayName()));
        progress.update(0, STEPS);
        Optional<Path> safetyCopy = engine == DatabaseEngine.H2 ? restoreH2(backup, target) : restorePostgres(backup, target);
        progress.update(1, STEPS);
        try (Database restored = Database.open(target)) {
            progress.update(2, STEPS);
            BackupSummary actual = summarize.apply(restored);
            progress.update(3, STEPS);
            List<String> differences = new ArrayList<>();
            if (actual.schemaVersion() == expected.schemaVersion()) {
                differences.addAll(expected.differences(actual));
            } else {
                // the restored database was brought up to this program's schema: its new tables start empty
                BackupSummary sameTables = new BackupSummary(expected.schemaVersion(), expected.asOf(),
                        actual.rows().entrySet().stream().filter(row -> expected.rows().containsKey(row.getKey()))
                                .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey,
                                        java.util.Map.Entry::getValue, (a, b) -> a, java.util.TreeMap::new)),
                        actual.lastReceipts(), actual.owedByRoom());
                differences.addAll(expected.differences(sameTables));
            }
            progress.update(STEPS, STEPS);
            return new Restored(target.displayName(), safetyCopy, expected, differences);
        }
    }

    private Optional<Path> restoreH2(Path backup, DatabaseLocation target) {
        Path file = target.h2File().orElseThrow(() -> new UserFacingException("error.restore.h2File", target.displayName()));
        Optional<Path> safetyCopy = Optional.empty();
        try (ZipFile zip = new ZipFile(backup.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry database = zip.stream().filter(entry -> entry.getName().endsWith(".mv.db")).findFirst()
                    .orElseThrow(() -> new UserFacingException("error.restore.notBackup", backup.toString()));
            if (Files.exists(file)) {
                // refuses a database another SiteDesk holds open, before anything moves
                Database.open(target).close();
                String name = file.getFileName().toString();
                Path aside = file.resolveSibling(name.substring(0, name.length() - ".mv.db".length())
                        + "-before-restore-" + LocalDateTime.now(clock).format(SAFETY_TIME) + ".mv.db");
                Files.move(file, aside);
                safetyCopy = Optional.of(aside);
            }
            copyOut(zip, database, file, safetyCopy);
            return safetyCopy;
        } catch (java.util.zip.ZipException e) {
            throw new UserFacingException(e, "error.restore.notBackup", backup.toString());
        } catch (IOException e) {
            throw new UserFacingException(e, "error.restore.io", String.valueOf(e.getMessage()));
        }
    }

    /**
     * Writes the backup's database file beside the target and renames it into place; if that fails,
     * the database that was there comes back, so a failed restore leaves things as they were.
     */
    private static void copyOut(ZipFile zip, ZipEntry database, Path file, Optional<Path> safetyCopy) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".restoring");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (InputStream in = zip.getInputStream(database)) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            if (safetyCopy.isPresent() && !Files.exists(file)) {
                Files.move(safetyCopy.get(), file);
            }
            throw e;
        }
    }

    private static Optional<Path> restorePostgres(Path backup, DatabaseLocation target) {
        try (Connection connection = PostgresTools.connect(target);
                Statement statement = connection.createStatement();
                ResultSet tables = statement.executeQuery(
                        "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")) {
            tables.next();
            if (tables.getInt(1) > 0) {
                throw new UserFacingException("error.restore.notEmpty", target.displayName());
            }
        } catch (SQLException e) {
            throw new UserFacingException(e, "error.db.cannotOpen", target.displayName(), String.valueOf(e.getMessage()));
        }
        PostgresTools.run("pg_restore", List.of("--no-owner", "--exit-on-error", backup.toAbsolutePath().toString()),
                target, "error.restore.pgRestoreFailed");
        return Optional.empty();
    }

    /** Where the backup went, the safety copy of what was there, and every way it differs from its summary. */
    public record Restored(String target, Optional<Path> safetyCopy, BackupSummary expected, List<String> differences) {
        public boolean checked() {
            return differences.isEmpty();
        }
    }
}
