package org.sitedesk.core.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.sitedesk.core.i18n.UserFacingException;

/**
 * A consistent copy of the open database, taken while counters keep working (DOMAIN.md "Data
 * safety" 2: never copy the files of an open database). H2: {@code CHECKPOINT SYNC} then
 * {@code BACKUP TO} a zip; PostgreSQL: {@code pg_dump} in its custom format, when the PostgreSQL
 * client is installed on this computer.
 */
public final class DatabaseBackup {
    private static final long PG_DUMP_MINUTES = 30;

    private final Database database;

    public DatabaseBackup(Database database) {
        this.database = database;
    }

    /** {@code .zip} for H2, {@code .dump} for PostgreSQL. */
    public String fileExtension() {
        return database.engine() == DatabaseEngine.H2 ? ".zip" : ".dump";
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
        DatabaseLocation location = database.location();
        List<String> command = new ArrayList<>(List.of("pg_dump", "--format=custom", "--no-owner",
                "--file=" + file.toAbsolutePath(), "--dbname=" + libpqUri(location.jdbcUrl())));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        location.password().ifPresent(password -> builder.environment().put("PGPASSWORD", password));
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(PG_DUMP_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new UserFacingException("error.backup.pgDumpFailed", "timeout");
            }
            if (process.exitValue() != 0) {
                throw new UserFacingException("error.backup.pgDumpFailed", output.lines().findFirst().orElse(""));
            }
        } catch (IOException e) {
            throw new UserFacingException(e, "error.backup.noPgDump");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserFacingException(e, "error.backup.pgDumpFailed", "interrupted");
        }
    }

    /**
     * The JDBC URL as a libpq connection URI for {@code pg_dump}: the same host, port and database,
     * keeping only the parameters libpq knows (the password travels in the environment instead).
     */
    public static String libpqUri(String jdbcUrl) {
        String uri = jdbcUrl.substring("jdbc:".length());
        int query = uri.indexOf('?');
        if (query < 0) {
            return uri;
        }
        List<String> kept = new ArrayList<>();
        for (String parameter : uri.substring(query + 1).split("&")) {
            String name = URLDecoder.decode(parameter.split("=", 2)[0], StandardCharsets.UTF_8);
            if (name.equals("user") || name.equals("sslmode") || name.equals("password")) {
                kept.add(parameter);
            }
        }
        return uri.substring(0, query) + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
    }
}
