package org.sitedesk.cli;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sitedesk.app.Services;
import org.sitedesk.app.sample.SampleData;
import org.sitedesk.core.db.Database;
import org.sitedesk.core.db.DatabaseLocation;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.core.users.User;
import org.sitedesk.core.users.UserService;
import org.sitedesk.estate.ImportOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sitedesk init}: creates or migrates the database and, on a database with no users, makes
 * the first administrator (nobody can sign in yet, so this needs no sign-in; {@code --password-file}
 * holds the new administrator's password). On a database that has users, whatever changes data
 * ({@code --sample}) needs a signed-in administrator: {@code --user}, else the {@code --admin} named.
 * Running it again changes nothing.
 */
@Command(name = "init", mixinStandardHelpOptions = true, sortOptions = false)
public final class InitCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    DatabaseOption database;

    @Mixin
    SignInOption signIn;

    @Option(names = "--admin", paramLabel = "NAME", descriptionKey = "cli.init.option.admin")
    String admin;

    @Option(names = "--sample", descriptionKey = "cli.init.option.sample")
    boolean sample;

    public InitCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        CliSignIn signing = new CliSignIn(context);
        String password = null;
        if (admin != null) {
            Optional<String> given = signing.passwordGiven(signIn);
            if (given.isEmpty()) {
                context.err().println(context.messages().format("cli.init.adminNeedsPassword", CliSignIn.PASSWORD_VARIABLE));
                return ExitCode.BAD_INPUT;
            }
            password = given.get();
            // checked before the database is created, so a refused line leaves nothing behind
            if (password.length() < UserService.MIN_PASSWORD_LENGTH) {
                String tooShort = context.messages().format("error.password.tooShort", UserService.MIN_PASSWORD_LENGTH);
                context.err().println(signIn.passwordFile() == null ? tooShort
                        : new InputProblem(signIn.passwordFile().toString(), 1, 1, tooShort).toString());
                return ExitCode.BAD_INPUT;
            }
        }
        DatabaseLocation location = context.database(database.value());
        try (Database db = Database.open(location)) {
            Services services = context.services(db);
            UserService users = services.core().users();
            context.out().println(context.messages().format("cli.init.ready", location.displayName()));
            return users.hasUsers() ? onDatabaseWithUsers(services, signing) : onNewDatabase(services, password);
        }
    }

    private int onNewDatabase(Services services, String password) {
        if (admin == null) {
            if (sample) {
                context.err().println(context.messages().get("cli.init.sampleNeedsAdmin"));
                return ExitCode.BAD_INPUT;
            }
            return ExitCode.OK;
        }
        // audited as the new administrator, as the window's first-run screen does
        User created = services.core().users().createFirstAdministrator(admin, admin, admin, password);
        context.out().println(context.messages().format("cli.init.adminCreated", created.username()));
        return sample ? loadSample(services, Actor.of(created)) : ExitCode.OK;
    }

    private int onDatabaseWithUsers(Services services, CliSignIn signing) {
        UserService users = services.core().users();
        Actor actor = null;
        if (sample || signing.userName(signIn).isPresent()) {
            CliSignIn.Credentials credentials = signing.credentials(signIn, Optional.ofNullable(admin));
            actor = signing.signIn(users, credentials, Set.of(Permission.MANAGE_USERS));
        }
        if (admin != null) {
            if (users.find(admin).isEmpty()) {
                context.err().println(context.messages().get("cli.init.alreadyHasUsers"));
                return ExitCode.BAD_INPUT;
            }
            context.out().println(context.messages().format("cli.init.adminExists", admin));
        }
        return sample ? loadSample(services, actor) : ExitCode.OK;
    }

    private int loadSample(Services services, Actor actor) {
        ImportOutcome loaded = SampleData.load(services, actor);
        context.out().println(context.messages().format("cli.import.done", loaded.unitsAdded(),
                loaded.unitsSkipped(), loaded.ownersAdded(), loaded.ownersSkipped()));
        return ExitCode.OK;
    }
}
