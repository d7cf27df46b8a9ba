package org.sitedesk.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitedesk.app.Services;
import org.sitedesk.core.db.Database;
import org.sitedesk.core.db.DatabaseLocation;
import org.sitedesk.app.sample.SampleData;
import org.sitedesk.estate.ImportOutcome;
import org.sitedesk.core.users.User;
import org.sitedesk.core.users.UserService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sitedesk init}: creates or migrates the database and, on a database with no users, makes
 * the first administrator. Running it again changes nothing.
 */
@Command(name = "init", mixinStandardHelpOptions = true, sortOptions = false)
public final class InitCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    DatabaseOption database;

    @Option(names = "--admin", paramLabel = "NAME", descriptionKey = "cli.init.option.admin")
    String admin;

    @Option(names = "--password-file", paramLabel = "FILE", descriptionKey = "cli.init.option.passwordFile")
    Path passwordFile;

    @Option(names = "--sample", descriptionKey = "cli.init.option.sample")
    boolean sample;

    public InitCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if ((admin == null) != (passwordFile == null)) {
            context.err().println(context.messages().get("cli.init.adminNeedsPassword"));
            return ExitCode.BAD_INPUT;
        }
        String password = null;
        if (passwordFile != null) {
            password = readPassword(passwordFile);
            if (password == null) {
                return ExitCode.BAD_INPUT;
            }
        }
        DatabaseLocation location = context.database(database.value());
        try (Database db = Database.open(location)) {
            Services services = Services.wire(db, context.clock());
            context.out().println(context.messages().format("cli.init.ready", location.displayName()));
            int code = admin == null ? ExitCode.OK : createAdministrator(services.core().users(), password);
            if (code == ExitCode.OK && sample) {
                ImportOutcome loaded = SampleData.load(services, context.actor());
                context.out().println(context.messages().format("cli.import.done", loaded.unitsAdded(),
                        loaded.unitsSkipped(), loaded.ownersAdded(), loaded.ownersSkipped()));
            }
            return code;
        }
    }

    private int createAdministrator(UserService users, String password) {
        if (users.find(admin).isPresent()) {
            context.out().println(context.messages().format("cli.init.adminExists", admin));
            return ExitCode.OK;
        }
        if (users.hasUsers()) {
            context.err().println(context.messages().get("cli.init.alreadyHasUsers"));
            return ExitCode.BAD_INPUT;
        }
        User created = users.createFirstAdministrator(context.actor().name(), admin, admin, password);
        context.out().println(context.messages().format("cli.init.adminCreated", created.username()));
        return ExitCode.OK;
    }

    /** The first line of the file; problems are printed in the {@code file:line:column} form. */
    private String readPassword(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            context.err().println(new InputProblem(file.toString(), 1, 1,
                    context.messages().format("cli.error.cannotRead", e.getClass().getSimpleName())));
            return null;
        }
        String password = lines.isEmpty() ? "" : lines.get(0);
        if (password.startsWith("\uFEFF")) {
            password = password.substring(1);
        }
        if (password.length() < UserService.MIN_PASSWORD_LENGTH) {
            context.err().println(new InputProblem(file.toString(), 1, 1,
                    context.messages().format("error.password.tooShort", UserService.MIN_PASSWORD_LENGTH)));
            return null;
        }
        return password;
    }
}
