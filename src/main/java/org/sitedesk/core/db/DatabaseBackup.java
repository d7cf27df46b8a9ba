package org.sitedesk.core.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A consistent copy of the open database, taken while counters keep working (DOMAIN.md "Data
 * safety" 2: never copy the files of an open database). H2: {@code CHECKPOINT SYNC} then
 * {@code BACKUP TO} a zip; PostgreSQL: {@code pg_dump} in its custom format, when the PostgreSQL
 * client is installed on this computer.
 */
public final class DatabaseBackup {
    private final Database database;

    public DatabaseBackup(Database database) {
        this.database = database;
    }

    /** {@code .zip} for H2, {@code .dump} for PostgreSQL. */
    public String fileExtension() {
        return database.engine() == DatabaseEngine.H2 ? ".zip" : ".dump";
    }

    /** Where a backup taken at {@code at} goes in {@code folder}, named as {@link BackupFiles} expects. */
    public Path fileIn(Path folder, java.time.LocalDateTime at) {
        return folder.resolve(BackupFiles.name(at, fileExtension()));
    }

    /** Writes the backup to {@code file} (its folder must exist) and returns it. */
    public Path writeTo(Path file) {
        if (database.engine() == DatabaseEngine.H2) {
            database.dsl().execute("CHECKPOINT SYNC");
            database.dsl().execute("BACKUP TO '" + file.toAbsolutePath().toString().replace("'", "''") + "'");
        } else {
            pgDump(file);
        }
        if (!Files.isRegularFile(file)) {
            throw new UncheckedIOException(new IOException("Backup not written: " + file));
        }
        return file;
    }

    private void pgDump(Path file) {
        PostgresTools.run("pg_dump", List.of("--format=custom", "--no-owner", "--file=" + file.toAbsolutePath()),
                database.location(), "error.backup.pgDumpFailed");
    }
}
