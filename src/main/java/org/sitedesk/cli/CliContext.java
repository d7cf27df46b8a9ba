package org.sitedesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Function;
import org.sitedesk.app.Services;
import org.sitedesk.core.db.Database;
import org.sitedesk.core.db.DatabaseLocation;
import org.sitedesk.core.db.DatabasePasswords;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.core.users.Actor;

/** What every subcommand needs: language, output streams, clock, who is acting, where data lives. */
public record CliContext(
        Messages messages,
        PrintWriter out,
        PrintWriter err,
        Clock clock,
        String operatingSystemUser,
        Path dataFolder) {

    public Actor actor() {
        return Actor.commandLine(operatingSystemUser);
    }

    /**
     * Opens the database {@code --db} names (or the user's own), wires the services on it, does the
     * command's work and closes it again.
     */
    public <T> T withServices(String databaseOption, Function<Services, T> work) {
        try (Database db = Database.open(database(databaseOption))) {
            return work.apply(Services.wire(db, clock));
        }
    }

    /**
     * {@code --db} if given, else the user's own database in the data folder; a server's password
     * from the data folder's password file or {@code PGPASSWORD}, never from the command line.
     */
    public DatabaseLocation database(String option) {
        DatabaseLocation location = option == null || option.isBlank()
                ? DatabaseLocation.inFolder(dataFolder) : DatabaseLocation.parse(option);
        return new DatabasePasswords(dataFolder, System.getenv()).fill(location);
    }
}
