package org.sitedesk.support;

import java.nio.file.Path;
import org.sitedesk.app.RecordFiles;
import org.sitedesk.app.Services;
import org.sitedesk.core.db.Database;
import org.sitedesk.core.db.DatabaseLocation;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.NewUser;
import org.sitedesk.core.users.Role;
import org.sitedesk.core.users.User;
import org.sitedesk.print.Printers;

/**
 * A real database for one test (an H2 file in the test's temporary folder, or a new database on the
 * PostgreSQL server in the build's PostgreSQL half), with the services wired as the application wires them.
 */
public final class TestDatabase implements AutoCloseable {
    public static final String ADMIN = "admin";
    public static final String PASSWORD = "correct-horse-1";

    public final MutableClock clock = MutableClock.atNineOnAMonday();
    public final Database database;
    public final Services services;

    public TestDatabase(Path folder) {
        this(folder, new Printers());
    }

    /** With printers of the test's own, so a screen test can print without a real printer. */
    public TestDatabase(Path folder, Printers printers) {
        // scans and photos go into the test's own folder on either engine, never the user's data folder
        this(Database.open(TestDatabases.fresh(folder)), printers, folder);
    }

    private TestDatabase(Database database, Printers printers, Path recordFiles) {
        this.database = database;
        this.services = Services.wire(database, clock, printers, recordFiles);
    }

    /**
     * Opens again a database a test made and closed (named as {@link #argument()} names it), as the
     * application opens it after a crash: H2 recovers its file, the server has rolled back what was open.
     */
    public static TestDatabase reopen(String argument) {
        Database database = TestDatabases.open(argument);
        return new TestDatabase(database, new Printers(), RecordFiles.folder(database.location(), DatabaseLocation.userDataFolder()));
    }

    /** Creates the first administrator and returns them as an actor. */
    public Actor administrator() {
        User admin = services.core().users().find(ADMIN)
                .orElseGet(() -> services.core().users().createFirstAdministrator("test", ADMIN, "王管理", PASSWORD));
        return Actor.of(admin);
    }

    public Actor userWithRole(String username, Role role) {
        User user = services.core().users().add(administrator(), new NewUser(username, username, role, PASSWORD));
        return Actor.of(user);
    }

    /** This database as a command-line test passes it with {@code --db}. */
    public String argument() {
        return database.location().h2File().map(Path::toString).orElse(database.location().jdbcUrl());
    }

    public int auditRows() {
        return database.dsl().fetchCount(org.sitedesk.core.db.schema.Tables.AUDIT_LOG);
    }

    @Override
    public void close() {
        database.close();
    }
}
