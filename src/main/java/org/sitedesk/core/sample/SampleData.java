package org.sitedesk.core.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.sitedesk.core.Services;
import org.sitedesk.core.settings.SiteSettings;
import org.sitedesk.core.users.Actor;

/**
 * Loads the sample estate shipped in {@code sample-data/} (packed into the jar) into a database:
 * the site's settings now; the estate, owners and fees as their modules arrive.
 */
public final class SampleData {
    private static final String ROOT = "/sample-data/";

    private SampleData() {
    }

    public static void load(Services services, Actor actor) {
        Properties site = properties("site.properties");
        services.siteSettings().save(actor, new SiteSettings(
                site.getProperty("site.name", ""), site.getProperty("site.servicePhone", "")));
    }

    private static Properties properties(String name) {
        Properties properties = new Properties();
        try (InputStream in = SampleData.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("Sample data " + name + " is missing from the build");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
