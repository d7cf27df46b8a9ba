package org.sitedesk.core.db;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.sitedesk.core.i18n.UserFacingException;

/**
 * What backing up, restoring and trying a server need besides the pool: one plain connection, and the
 * PostgreSQL client programs ({@code pg_dump}, {@code pg_restore}) run against the same database with
 * the password in their environment, never on their command line.
 */
public final class PostgresTools {
    private static final long PROGRAM_MINUTES = 30;

    private PostgresTools() {
    }

    /** One connection outside any pool, signing in with the location's password; the caller closes it. */
    public static Connection connect(DatabaseLocation location) throws SQLException {
        Properties properties = new Properties();
        location.password().ifPresent(password -> properties.setProperty("password", password));
        properties.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(location.jdbcUrl(), properties);
    }

    /**
     * Runs {@code program} with {@code --dbname=} the location and then {@code arguments}; a failure is
     * {@code failureKey} with the program's first line of output, a missing program {@code error.backup.noPgDump}.
     */
    public static void run(String program, List<String> arguments, DatabaseLocation location, String failureKey) {
        List<String> command = new ArrayList<>();
        command.add(program);
        // options before the file a program reads: not every platform's getopt reorders them
        command.add("--dbname=" + libpqUri(location.jdbcUrl()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        location.password().ifPresent(password -> builder.environment().put("PGPASSWORD", password));
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(PROGRAM_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new UserFacingException(failureKey, "timeout");
            }
            if (process.exitValue() != 0) {
                throw new UserFacingException(failureKey, output.lines().findFirst().orElse(""));
            }
        } catch (IOException e) {
            throw new UserFacingException(e, "error.backup.noPgDump");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserFacingException(e, failureKey, "interrupted");
        }
    }

    /**
     * The JDBC URL as a libpq connection URI: the same host, port and database, keeping only the
     * parameters libpq knows (the password travels in the environment instead).
     */
    static String libpqUri(String jdbcUrl) {
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
