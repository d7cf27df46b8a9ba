package org.sitedesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.sitedesk.app.RecordFiles;
import org.sitedesk.app.Services;
import org.sitedesk.core.db.Database;
import org.sitedesk.core.db.DatabaseLocation;
import org.sitedesk.core.db.DatabasePasswords;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.print.Printers;

/**
 * What every subcommand needs: language, output streams, clock, where data lives, and the
 * environment and terminal it was started from (passed in, so tests set {@code SITEDESK_USER} without
 * touching the real environment).
 */
public record CliContext(
        Messages messages,
        PrintWriter out,
        PrintWriter err,
        Clock clock,
        Path dataFolder,
        Map<String, String> environment,
        PasswordPrompt prompt) {

    public CliContext {
        environment = Map.copyOf(environment);
    }

    /**
     * Opens the database {@code --db} names (or the user's own), wires the services on it, does the
     * command's work and closes it again. Only for work that changes nothing and shows no personal data.
     */
    public <T> T withServices(String databaseOption, Function<Services, T> work) {
        try (Database db = Database.open(database(databaseOption))) {
            return work.apply(services(db));
        }
    }

    /**
     * As {@link #withServices(String, Function)}, for work that changes data or shows personal data:
     * the user signs in as in the window and must hold every permission in {@code needed} (none: any
     * signed-in user); the work runs as that user. Name and password are read before the database
     * opens, so a refusal leaves nothing behind.
     */
    public <T> T signedIn(String databaseOption, SignInOption signIn, Set<Permission> needed,
            BiFunction<Services, Actor, T> work) {
        CliSignIn signing = new CliSignIn(this);
        CliSignIn.Credentials credentials = signing.credentials(signIn);
        try (Database db = Database.open(database(databaseOption))) {
            Services services = services(db);
            Actor actor = signing.signIn(services.core().users(), credentials, needed);
            return work.apply(services, actor);
        }
    }

    /** The services on an open database, the files of its records beside an H2 file or in the data folder. */
    Services services(Database db) {
        return Services.wire(db, clock, new Printers(), RecordFiles.folder(db.location(), dataFolder));
    }

    /**
     * {@code --db} if given, else the user's own database in the data folder; a server's password
     * from the data folder's password file or {@code PGPASSWORD}, never from the command line.
     */
    public DatabaseLocation database(String option) {
        DatabaseLocation location = option == null || option.isBlank()
                ? DatabaseLocation.inFolder(dataFolder) : DatabaseLocation.parse(option);
        return new DatabasePasswords(dataFolder, environment).fill(location);
    }
}
