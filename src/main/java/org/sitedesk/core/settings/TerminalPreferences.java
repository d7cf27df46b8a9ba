package org.sitedesk.core.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import org.sitedesk.core.i18n.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Preferences of this computer, not of the site: the language of the window. Kept in a small file
 * in the user's data folder, because the window needs its language before the database is open.
 */
public final class TerminalPreferences {
    private static final Logger LOG = LoggerFactory.getLogger(TerminalPreferences.class);
    private static final String FILE_NAME = "preferences.properties";
    private static final String LANGUAGE = "language";

    private final Path file;

    public TerminalPreferences(Path dataFolder) {
        this.file = dataFolder.resolve(FILE_NAME);
    }

    public Language language() {
        return Language.ofTag(read().getProperty(LANGUAGE)).orElse(Language.DEFAULT);
    }

    public void saveLanguage(Language language) {
        Properties properties = read();
        properties.setProperty(LANGUAGE, language.tag());
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
