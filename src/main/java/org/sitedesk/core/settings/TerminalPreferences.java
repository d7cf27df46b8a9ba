package org.sitedesk.core.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import org.sitedesk.core.i18n.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Preferences of this computer, not of the site: the language of the window and the database
 * server it works on (empty: the H2 file in the data folder). Kept in a small file in the user's data
 * folder, because the window needs both before any database is open.
 */
public final class TerminalPreferences {
    private static final Logger LOG = LoggerFactory.getLogger(TerminalPreferences.class);
    private static final String FILE_NAME = "preferences.properties";
    private static final String LANGUAGE = "language";
    private static final String DATABASE_URL = "database.url";

    private final Path file;

    public TerminalPreferences(Path dataFolder) {
        this.file = dataFolder.resolve(FILE_NAME);
    }

    /** The user's data folder this computer's preferences live in. */
    public Path dataFolder() {
        return file.getParent();
    }

    public Language language() {
        return Language.ofTag(read().getProperty(LANGUAGE)).orElse(Language.DEFAULT);
    }

    public void saveLanguage(Language language) {
        Properties properties = read();
        properties.setProperty(LANGUAGE, language.tag());
        write(properties);
    }

    /** The database server this computer works on, a {@code jdbc:postgresql://} URL without its password. */
    public Optional<String> databaseUrl() {
        return Optional.ofNullable(read().getProperty(DATABASE_URL)).map(String::trim).filter(url -> !url.isEmpty());
    }

    /** Names the server for the next start; empty goes back to the H2 file in the data folder. */
    public void saveDatabaseUrl(String url) {
        Properties properties = read();
        if (url == null || url.isBlank()) {
            properties.remove(DATABASE_URL);
        } else {
            properties.setProperty(DATABASE_URL, url.trim());
        }
        write(properties);
    }

    private void write(Properties properties) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(out, "SiteDesk terminal preferences");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Properties read() {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(in);
            } catch (IOException e) {
                LOG.warn("Cannot read {}; using defaults", file, e);
            }
        }
        return properties;
    }
}
