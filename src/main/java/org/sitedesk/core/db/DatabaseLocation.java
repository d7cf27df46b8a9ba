package org.sitedesk.core.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the database lives: an embedded H2 file (the default, in the user's data folder), an H2 or
 * PostgreSQL JDBC URL given with {@code --db}. A server's password is never part of what is shown;
 * it comes from {@link DatabasePasswords} and travels beside the URL.
 */
public final class DatabaseLocation {
    static final String H2_SUFFIX = ".mv.db";
    private static final String DEFAULT_NAME = "sitedesk";

    private final String jdbcUrl;
    private final Path h2File;
    private final String password;

    private DatabaseLocation(String jdbcUrl, Path h2File, String password) {
        this.jdbcUrl = jdbcUrl;
        this.h2File = h2File;
        this.password = password;
    }

    private DatabaseLocation(String jdbcUrl, Path h2File) {
        this(jdbcUrl, h2File, null);
    }

    /**
     * Reads {@code --db}: a JDBC URL is taken as it is; a folder holds {@code sitedesk.mv.db};
     * any other path names the H2 file, with or without its {@code .mv.db} ending.
     */
    public static DatabaseLocation parse(String value) {
        if (value.startsWith("jdbc:")) {
            return new DatabaseLocation(value, null);
        }
        Path path = Path.of(value).toAbsolutePath().normalize();
        if (Files.isDirectory(path)) {
            path = path.resolve(DEFAULT_NAME + H2_SUFFIX);
        } else if (Files.isRegularFile(path)) {
            // an existing file is taken as named, so opening refuses it if it is not a database
            return ofH2File(path);
        } else if (!path.getFileName().toString().endsWith(H2_SUFFIX)) {
            path = path.resolveSibling(path.getFileName() + H2_SUFFIX);
        }
        return ofH2File(path);
    }

    public static DatabaseLocation inFolder(Path folder) {
        return ofH2File(folder.toAbsolutePath().normalize().resolve(DEFAULT_NAME + H2_SUFFIX));
    }

    private static DatabaseLocation ofH2File(Path file) {
        String name = file.getFileName().toString();
        Path base = name.endsWith(H2_SUFFIX)
                ? file.resolveSibling(name.substring(0, name.length() - H2_SUFFIX.length()))
                : file;
        // WRITE_DELAY=0: a cash counter must not lose the last second of commits on power loss;
        // LOCK_TIMEOUT: a payment waits for another terminal's receipt number rather than failing
        String url = "jdbc:h2:file:" + base + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=256";
        return new DatabaseLocation(url, file);
    }

    /** The user's data folder, as each operating system expects it. */
    public static Path userDataFolder(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null && !appData.isBlank()
                    ? Path.of(appData, "SiteDesk")
                    : home.resolve("AppData").resolve("Roaming").resolve("SiteDesk");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("SiteDesk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank()
                ? Path.of(xdg, "sitedesk")
                : home.resolve(".local").resolve("share").resolve("sitedesk");
    }

    public static Path userDataFolder() {
        return userDataFolder(System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** H2 for a file or a {@code jdbc:h2:} URL, PostgreSQL for a {@code jdbc:postgresql:} URL; empty for any other. */
    public Optional<DatabaseEngine> engine() {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return Optional.of(DatabaseEngine.H2);
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return Optional.of(DatabaseEngine.POSTGRES);
        }
        return Optional.empty();
    }

    /** The same place, signing in to the server with this password. */
    public DatabaseLocation withPassword(String serverPassword) {
        return new DatabaseLocation(jdbcUrl, h2File, serverPassword);
    }

    /** The server password, when one was found for this URL. */
    public Optional<String> password() {
        return Optional.ofNullable(password).filter(value -> !value.isEmpty());
    }

    /** The user named in a server URL's {@code user=} parameter. */
    public Optional<String> user() {
        int query = jdbcUrl.indexOf('?');
        if (query < 0) {
            return Optional.empty();
        }
        for (String parameter : jdbcUrl.substring(query + 1).split("&")) {
            if (parameter.startsWith("user=")) {
                return Optional.of(java.net.URLDecoder.decode(parameter.substring(5), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    /** The H2 file, when the database is an embedded file. */
    public Optional<Path> h2File() {
        return Optional.ofNullable(h2File);
    }

    /** What the status bar and messages show: the file path, or the URL without its parameters (so without credentials). */
    public String displayName() {
        if (h2File != null) {
            return h2File.toString();
        }
        int semicolon = jdbcUrl.indexOf(';');
        String shown = semicolon < 0 ? jdbcUrl : jdbcUrl.substring(0, semicolon);
        int query = shown.indexOf('?');
        return query < 0 ? shown : shown.substring(0, query);
    }

    @Override
    public String toString() {
        return displayName();
    }
}
