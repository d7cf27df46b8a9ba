package org.sitedesk.core.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
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

    private static void migrate(DatabaseLocation location, DataSource pool) {
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
            LOG.warn("Flyway refused {}", location.displayName(), e);
            throw new DatabaseOpenException(e, "error.db.notSiteDesk", location.displayName());
        }
    }

    private static DatabaseOpenException translate(DatabaseLocation location, SQLException e) {
        LOG.warn("Cannot open {}", location.displayName(), e);
        if (location.engine().orElse(null) == DatabaseEngine.POSTGRES) {
            return translatePostgres(location, e);
        }
        switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1:
                return new DatabaseOpenException(e, "error.db.inUse", location.displayName());
            case ErrorCode.FILE_CORRUPTED_1:
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
