package org.sitedesk.core.db;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Database server passwords of this computer, kept out of URLs (which show in the status bar, logs
 * and shell histories): a file in the user's data folder that only that user may read, keyed by
 * server address and database user. The standard {@code PGPASSWORD} variable is read as well, for
 * scripts.
 */
public final class DatabasePasswords {
    private static final String FILE_NAME = "database-passwords.properties";

    private final Path file;
    private final Map<String, String> environment;

    public DatabasePasswords(Path dataFolder, Map<String, String> environment) {
        this.file = dataFolder.resolve(FILE_NAME);
        this.environment = environment;
    }

    /** The location with its server password filled in where one is known; H2 files are returned as they are. */
    public DatabaseLocation fill(DatabaseLocation location) {
        if (location.engine().orElse(null) != DatabaseEngine.POSTGRES || location.jdbcUrl().contains("password=")) {
            return location;
        }
        Optional<String> saved = Optional.ofNullable(read().getProperty(key(location)));
        Optional<String> password = saved.or(() -> Optional.ofNullable(environment.get("PGPASSWORD")));
        return password.map(location::withPassword).orElse(location);
    }

    /** Remembers the password for this server and user; the file is readable by this user only. */
    public void save(DatabaseLocation location, String password) {
        Properties properties = read();
        properties.setProperty(key(location), password);
        try {
            Files.createDirectories(file.getParent());
            Path temporary = OwnerOnlyFiles.createFile(file.resolveSibling(FILE_NAME + ".tmp"));
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(out, "SiteDesk database server passwords");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String key(DatabaseLocation location) {
        return location.displayName() + "|" + location.user().orElse("");
    }

    private Properties read() {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return properties;
    }
}
