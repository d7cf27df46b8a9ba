package org.sitedesk.core.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
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
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;

    private Database(DatabaseLocation location, JdbcConnectionPool pool) {
        this.location = location;
        this.pool = pool;
        Settings settings = new Settings()
                .withRenderQuotedNames(RenderQuotedNames.NEVER)
                .withExecuteLogging(false);
        this.dsl = DSL.using(pool, SQLDialect.H2, settings);
    }

    /** Opens the database, creating it if it does not exist, and migrates it to this version's schema. */
    public static Database open(DatabaseLocation location) {
        if (!location.jdbcUrl().startsWith("jdbc:h2:")) {
            throw new DatabaseOpenException(null, "error.db.unsupportedUrl", location.displayName());
        }
        Optional<Path> file = location.h2File();
        if (file.isPresent()) {
            refuseForeignFile(file.get());
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(location.jdbcUrl(), "sa", "");
        try {
            // one connection held for the database's whole life: H2 closes the file with the last one
            Connection probe = pool.getConnection();
            probe.close();
            migrate(location, pool);
            LOG.info("Opened database {}", location.displayName());
            return new Database(location, pool);
        } catch (SQLException e) {
            pool.dispose();
            throw translate(location, e);
        } catch (DatabaseOpenException e) {
            pool.dispose();
            throw e;
        } catch (RuntimeException e) {
            pool.dispose();
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
                Files.createDirectories(parent);
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

    private static void migrate(DatabaseLocation location, JdbcConnectionPool pool) {
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

    public DSLContext dsl() {
        return dsl;
    }

    public Transactions transactions() {
        return new Transactions(dsl);
    }

    @Override
    public void close() {
        pool.dispose();
        LOG.info("Closed database {}", location.displayName());
    }
}
