package org.sitedesk.core.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.h2.api.ErrorCode;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open SiteDesk database: connection pool, schema brought up to date by Flyway, and the jOOQ
 * context that services use through {@link Transactions}. Opening refuses, with one sentence and
 * without changing anything, a file that is not an H2 database, a database held by another
 * SiteDesk, and a database written by a newer SiteDesk.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    /** Every MVStore file (H2 2.x) starts with this header block. */
    private static final byte[] H2_FILE_HEADER = "H:2,".getBytes(StandardCharsets.US_ASCII);

    private final DatabaseLocation location;
    private final DatabaseEngine engine;
    private final Runnable closePool;
    private final DSLContext dsl;

    private Database(DatabaseLocation location, DatabaseEngine engine, DataSource pool, Runnable closePool) {
        this.location = location;
        this.engine = engine;
        this.closePool = closePool;
        Settings settings = new Settings()
                .withRenderQuotedNames(RenderQuotedNames.NEVER)
                .withExecuteLogging(false);
        this.dsl = DSL.using(pool, engine.dialect(), settings);
    }

    /** Opens the database, creating it if it does not exist, and migrates it to this version's schema. */
    public static Database open(DatabaseLocation location) {
        DatabaseEngine engine = location.engine()
                .orElseThrow(() -> new DatabaseOpenException(null, "error.db.unsupportedUrl", location.displayName()));
        return engine == DatabaseEngine.H2 ? openH2(location) : openPostgres(location);
    }

    /**
     * Connects to a server without changing anything on it and returns what answered (its version),
     * for a counter's "try the connection"; the same sentences as opening when it fails.
     */
    public static String probe(DatabaseLocation location) {
        try (Connection connection = PostgresTools.connect(location)) {
            java.sql.DatabaseMetaData meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        } catch (SQLException e) {
            throw translate(location, e);
        }
    }

    private static Database openH2(DatabaseLocation location) {
        Optional<Path> file = location.h2File();
        if (file.isPresent()) {
            refuseForeignFile(file.get());
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(location.jdbcUrl(), "sa", "");
        Database database = opened(location, DatabaseEngine.H2, pool, pool::dispose);
        if (file.isPresent()) {
            // H2 creates the file with the process's default mode; owners' personal data is for this user only
            try {
                OwnerOnlyFiles.restrict(file.get());
            } catch (IOException e) {
                database.close();
                throw new DatabaseOpenException(e, "error.db.cannotRead", file.get());
            }
        }
        return database;
    }

    /**
     * A PostgreSQL server shared by several counters. The pool is small (a counter does one thing at
     * a time, the board's refresh another) and fails at once when the server cannot be reached, so
     * the clerk reads why instead of waiting. Each session works in this computer's time zone, so
     * times come back with the offset they were written with, as they do from an H2 file.
     */
    private static Database openPostgres(DatabaseLocation location) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(location.jdbcUrl());
        location.password().ifPresent(config::setPassword);
        config.setPoolName("sitedesk");
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(1);
        config.addDataSourceProperty("ApplicationName", "SiteDesk");
        config.addDataSourceProperty("connectTimeout", "5");
        config.setConnectionInitSql("SET TIME ZONE '" + ZoneId.systemDefault().getId().replace("'", "") + "'");
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            SQLException sql = findCause(e, SQLException.class);
            throw sql != null ? translate(location, sql) : new DatabaseOpenException(e, "error.db.cannotOpen",
                    location.displayName(), String.valueOf(e.getMessage()));
        }
        return opened(location, DatabaseEngine.POSTGRES, pool, pool::close);
    }

    private static Database opened(DatabaseLocation location, DatabaseEngine engine, DataSource pool, Runnable closePool) {
        try {
            // H2 keeps one connection for the database's whole life: it closes the file with the last one
            Connection probe = pool.getConnection();
            probe.close();
            migrate(location, pool);
            LOG.info("Opened database {}", location.displayName());
            return new Database(location, engine, pool, closePool);
        } catch (SQLException e) {
            closePool.run();
            throw translate(location, e);
        } catch (DatabaseOpenException e) {
            closePool.run();
            throw e;
        } catch (RuntimeException e) {
            closePool.run();
            SQLException sql = findCause(e, SQLException.class);
            if (sql != null) {
                throw translate(location, sql);
            }
            throw e;
        }
    }

    private static void refuseForeignFile(Path file) {
        if (Files.isDirectory(file) || !file.getFileName().toString().endsWith(DatabaseLocation.H2_SUFFIX)) {
            throw new DatabaseOpenException(null, "error.db.notH2", file);
        }
        if (!Files.exists(file)) {
            Path parent = file.getParent();
            try {
                // a folder made here is private; one the user chose already keeps its own permissions
                if (!Files.isDirectory(parent)) {
                    OwnerOnlyFiles.createFolder(parent);
                }
            } catch (IOException e) {
                throw new DatabaseOpenException(e, "error.db.cannotCreateFolder", parent);
            }
            return;
        }
        byte[] head = new byte[H2_FILE_HEADER.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new DatabaseOpenException(e, "error.db.cannotRead", file);
        }
        if (read < head.length || !Arrays.equals(head, H2_FILE_HEADER)) {
            throw new DatabaseOpenException(null, "error.db.notH2", file);
        }
    }

    /**
     * The newest migration this program carries ({@code V<n>__….sql}); a test keeps it in step with
     * the migration folder. The versions below it need not all be there.
     */
    static final int SCHEMA_VERSION = 10;
    /** Flyway's own table, quoted as Flyway creates it (lower case, which H2 would otherwise fold to upper). */
    private static final String HISTORY =
            "SELECT \"version\", \"success\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL";

    private static void migrate(DatabaseLocation location, DataSource pool) throws SQLException {
        if (upToDate(pool)) {
            return;
        }
        Flyway flyway = Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration")
                .loggers("slf4j")
                .load();
        try {
            for (MigrationInfo applied : flyway.info().applied()) {
                MigrationState state = applied.getState();
                if (state == MigrationState.FUTURE_SUCCESS || state == MigrationState.FUTURE_FAILED) {
                    throw new DatabaseOpenException(null, "error.db.tooNew", location.displayName(),
                            applied.getVersion().getVersion());
                }
                if (state == MigrationState.FAILED) {
                    throw new DatabaseOpenException(null, "error.db.failedMigration", location.displayName(),
                            applied.getVersion().getVersion());
                }
            }
            flyway.migrate();
        } catch (FlywayException e) {
            SQLException sql = findCause(e, SQLException.class);
            if (sql != null) {
                throw translate(location, sql);
            }
            LOG.debug("Flyway refused {}", location.displayName(), e);
            throw new DatabaseOpenException(e, "error.db.notSiteDesk", location.displayName());
        }
    }

    /**
     * Whether the schema history says every migration this program carries succeeded and no other
     * exists: then Flyway, which costs most of a second to scan and validate, has nothing
     * to do. Anything else (a new, older, newer or damaged schema) goes through Flyway and its checks.
     */
    static boolean upToDate(DataSource pool) throws SQLException {
        try (Connection connection = pool.getConnection();
                java.sql.Statement statement = connection.createStatement()) {
            // asked of the catalogue first: a failed query on a new database would leave H2 a trace file
            try (ResultSet table = connection.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
                if (!table.next()) {
                    return false;
                }
            }
            java.util.Set<Integer> applied = new java.util.HashSet<>();
            try (ResultSet history = statement.executeQuery(HISTORY)) {
                while (history.next()) {
                    if (!history.getBoolean(2)) {
                        return false;
                    }
                    try {
                        applied.add(Integer.parseInt(history.getString(1)));
                    } catch (NumberFormatException unusual) {
                        return false;
                    }
                }
            }
            // exactly the migrations this program carries, the newest among them: anything missing or
            // beyond goes through Flyway, which applies or refuses it
            Set<Integer> carried = CarriedMigrations.versions();
            return carried.contains(SCHEMA_VERSION) && applied.equals(carried);
        }
    }

    private static DatabaseOpenException translate(DatabaseLocation location, SQLException e) {
        // the sentence says it all; the trace is for the log file, not the counter's screen or a script's output
        LOG.debug("Cannot open {}", location.displayName(), e);
        if (location.engine().orElse(null) == DatabaseEngine.POSTGRES) {
            return translatePostgres(location, e);
        }
        switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1:
                return new DatabaseOpenException(e, "error.db.inUse", location.displayName());
            case ErrorCode.FILE_CORRUPTED_1:
            case ErrorCode.IO_EXCEPTION_1:
            case ErrorCode.IO_EXCEPTION_2:
                return damaged(location, e);
            case ErrorCode.FILE_VERSION_ERROR_1:
            case ErrorCode.FILE_ENCRYPTION_ERROR_1:
                return new DatabaseOpenException(e, "error.db.notH2", location.displayName());
            case ErrorCode.WRONG_USER_OR_PASSWORD:
                return new DatabaseOpenException(e, "error.db.notSiteDesk", location.displayName());
            default:
                String reason = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
                return new DatabaseOpenException(e, "error.db.cannotOpen", location.displayName(), reason);
        }
    }

    /**
     * A database file that H2 cannot read to its end (cut short by a full disk, a broken USB stick, a
     * copy of an open file): nothing is written to it, and the clerk is told which backup to restore.
     */
    private static DatabaseOpenException damaged(DatabaseLocation location, SQLException e) {
        Optional<Path> newest = location.h2File().flatMap(BackupFiles::newestBeside);
        return newest.isPresent()
                ? new DatabaseOpenException(e, "error.db.damagedRestore", location.displayName(), newest.get())
                : new DatabaseOpenException(e, "error.db.damaged", location.displayName());
    }

    /** PostgreSQL's SQL states for the failures a counter meets: server down, wrong password, no such database. */
    private static DatabaseOpenException translatePostgres(DatabaseLocation location, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("08")) {
            return new DatabaseOpenException(e, "error.db.serverUnreachable", location.displayName());
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return new DatabaseOpenException(e, "error.db.serverLogin", location.displayName(), location.user().orElse("?"));
        }
        if (state.equals("3D000")) {
            return new DatabaseOpenException(e, "error.db.serverNoDatabase", location.displayName());
        }
        String reason = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        return new DatabaseOpenException(e, "error.db.cannotOpen", location.displayName(), reason);
    }

    private static <T extends Throwable> T findCause(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    public DatabaseLocation location() {
        return location;
    }

    /** The newest schema version applied successfully (0 for none). */
    public int schemaVersion() {
        return dsl.fetch(HISTORY).stream().filter(row -> Boolean.TRUE.equals(row.get(1, Boolean.class)))
                .mapToInt(row -> Integer.parseInt(String.valueOf(row.get(0)))).max().orElse(0);
    }

    public DatabaseEngine engine() {
        return engine;
    }

    public DSLContext dsl() {
        return dsl;
    }

    public Transactions transactions() {
        return new Transactions(dsl);
    }

    @Override
    public void close() {
        closePool.run();
        LOG.info("Closed database {}", location.displayName());
    }
}
