package org.sitedesk.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of this build, written into the jar by Maven. */
public final class AppVersion {
    private AppVersion() {
    }

    public static String current() {
        Properties properties = new Properties();
        try (InputStream in = AppVersion.class.getResourceAsStream("/org/sitedesk/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "dev");
    }
}
