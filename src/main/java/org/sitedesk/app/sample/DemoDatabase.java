package org.sitedesk.app.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.sitedesk.app.Services;
import org.sitedesk.core.db.Database;
import org.sitedesk.core.db.DatabaseLocation;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.User;

/** A throw-away database in a temporary folder, loaded with the sample estate, with a demo administrator. */
public final class DemoDatabase {
    public static final String DEMO_USERNAME = "demo";
    public static final String DEMO_PASSWORD = "sitedesk";
    private static final String DEMO_DISPLAY_NAME = "演示管理员";

    private DemoDatabase() {
    }

    public static Path newFolder() {
        try {
            return Files.createTempDirectory("sitedesk-demo-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates the demo database in {@code folder}; returns the services and the demo administrator. */
    public static Demo create(Path folder, Clock clock) {
        Database database = Database.open(DatabaseLocation.inFolder(folder));
        Services services = Services.wire(database, clock);
        User admin = services.core().users().createFirstAdministrator("demo", DEMO_USERNAME, DEMO_DISPLAY_NAME, DEMO_PASSWORD);
        SampleData.load(services, Actor.of(admin));
        return new Demo(services, admin);
    }

    /** The opened demo: services on the temporary database and the administrator to act as. */
    public record Demo(Services services, User administrator) {
    }
}
