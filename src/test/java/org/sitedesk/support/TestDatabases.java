package org.sitedesk.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.sitedesk.core.db.Database;
import org.sitedesk.core.db.DatabaseEngine;
import org.sitedesk.core.db.DatabaseLocation;

/**
 * The database a test runs on. The build runs the database tests twice: on H2 files (the default)
 * and, with {@code -Dsitedesk.test.engine=postgres}, on the PostgreSQL server that
 * {@code SITEDESK_TEST_POSTGRES} names (a JDBC URL of a database the test user may create databases
 * from, e.g. {@code jdbc:postgresql://127.0.0.1:55432/postgres?user=sitedesk}; its password in
 * {@code PGPASSWORD}). Each test gets a new database of its own, copied from a template migrated once.
 * Without a server the PostgreSQL half is skipped, saying so.
 */
public final class TestDatabases {
    public static final String SERVER_VARIABLE = "SITEDESK_TEST_POSTGRES";
    private static final String TEMPLATE = "sitedesk_test_template";
    private static final Object TEMPLATE_LOCK = new Object();
    private static final java.util.concurrent.atomic.AtomicBoolean TEMPLATE_READY = new java.util.concurrent.atomic.AtomicBoolean();

    private TestDatabases() {
    }

    public static DatabaseEngine engine() {
        return "postgres".equalsIgnoreCase(System.getProperty("sitedesk.test.engine", "h2"))
                ? DatabaseEngine.POSTGRES : DatabaseEngine.H2;
    }

    /** Whether the PostgreSQL half has a server to run on. */
    public static boolean serverGiven() {
        String server = System.getenv(SERVER_VARIABLE);
        return server != null && !server.isBlank();
    }

    public static boolean onH2() {
        return engine() == DatabaseEngine.H2;
    }

    /** A new, empty database for one test: an H2 file in {@code folder}, or a new database on the server. */
    public static DatabaseLocation fresh(Path folder) {
        return onH2() ? DatabaseLocation.inFolder(folder) : withPassword(DatabaseLocation.parse(freshUrl()));
    }

    /** What a command-line test passes as {@code --db}: an H2 path in {@code folder}, or a new server database's URL. */
    public static String argument(Path folder) {
        return onH2() ? folder.resolve("site").toString() : freshUrl();
    }

    /** A new database with nothing in it, not even the schema: an H2 file in {@code folder}, or a new server database. */
    public static DatabaseLocation empty(Path folder) {
        if (onH2()) {
            return DatabaseLocation.inFolder(folder);
        }
        Assumptions.assumeTrue(serverGiven(), "PostgreSQL half skipped: no server given");
        String server = System.getenv(SERVER_VARIABLE);
        String name = "e_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute(server, "CREATE DATABASE " + name);
        return withPassword(DatabaseLocation.parse(database(server, name)));
    }

    /** Opens the database a command-line test named with {@code --db}, to check what the command left in it. */
    public static Database open(String argument) {
        return Database.open(withPassword(DatabaseLocation.parse(argument)));
    }

    private static DatabaseLocation withPassword(DatabaseLocation location) {
        String password = System.getenv("PGPASSWORD");
        return password == null ? location : location.withPassword(password);
    }

    private static String freshUrl() {
        Assumptions.assumeTrue(serverGiven(), "PostgreSQL half skipped: no server given");
        String server = System.getenv(SERVER_VARIABLE);
        String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        synchronized (TEMPLATE_LOCK) {
            if (!TEMPLATE_READY.get()) {
                execute(server, "DROP DATABASE IF EXISTS " + TEMPLATE);
                execute(server, "CREATE DATABASE " + TEMPLATE);
                try (Database migrated = Database.open(withPassword(DatabaseLocation.parse(database(server, TEMPLATE))))) {
                    migrated.dsl().fetchOne("SELECT 1");
                }
                TEMPLATE_READY.set(true);
            }
            execute(server, "CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        }
        return database(server, name);
    }

    /** The server URL with another database name in it. */
    static String database(String serverUrl, String name) {
        int slash = serverUrl.indexOf('/', "jdbc:postgresql://".length());
        int query = serverUrl.indexOf('?');
        return serverUrl.substring(0, slash + 1) + name + (query < 0 ? "" : serverUrl.substring(query));
    }

    private static void execute(String serverUrl, String sql) {
        java.util.Properties properties = new java.util.Properties();
        String password = System.getenv("PGPASSWORD");
        if (password != null) {
            properties.setProperty("password", password);
        }
        try (Connection connection = DriverManager.getConnection(serverUrl, properties);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database server refused: " + sql, e);
        }
    }
}
