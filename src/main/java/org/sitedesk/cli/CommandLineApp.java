package org.sitedesk.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.core.i18n.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Builds the picocli command tree in the user's language and maps every outcome to an exit code:
 * 0 success, 2 bad input (one line per problem), 1 anything else.
 */
public final class CommandLineApp {
    private final CliContext context;
    private final GuiStarter gui;

    public CommandLineApp(CliContext context, GuiStarter gui) {
        this.context = context;
        this.gui = gui;
    }

    /** The language asked for with {@code --lang}, else the operating system's. */
    public static Language languageOf(String[] args, Locale systemLocale) {
        for (int i = 0; i < args.length; i++) {
            String value = null;
            if (args[i].equals("--lang") && i + 1 < args.length) {
                value = args[i + 1];
            } else if (args[i].startsWith("--lang=")) {
                value = args[i].substring("--lang=".length());
            }
            if (value != null) {
                return Language.ofTag(value).orElse(Language.of(systemLocale));
            }
        }
        return Language.of(systemLocale);
    }

    public CommandLine commandLine() {
        CommandLine.IFactory factory = new CommandFactory(context);
        return configured(new CommandLine(new RootCommand(gui), factory)
                .addSubcommand(new InitCommand(context))
                .addSubcommand(new ImportCommand(context))
                .addSubcommand(new ExportCommand(context))
                .addSubcommand(new GenerateCommand(context))
                .addSubcommand(new FindCommand(context))
                .addSubcommand(new BillCommand(context))
                .addSubcommand(new PayCommand(context))
                .addSubcommand(new VoidCommand(context))
                .addSubcommand(new ReceiptsCommand(context))
                .addSubcommand(new ArrearsCommand(context))
                .addSubcommand(new BackupCommand(context))
                .addSubcommand(new RestoreCommand(context))
                .addSubcommand(new CommandLine(new ArchiveCommand(), factory))
                .addSubcommand(new CommandLine(new PrintCommand(), factory))
                .addSubcommand(new CommandLine(new KeyCommand(), factory))
                .addSubcommand(new CommandLine(new PassCommand(), factory))
                .addSubcommand(new CommandLine(new LostCommand(), factory))
                .addSubcommand(new CommandLine(new RenovationCommand(), factory)));
    }

    /**
     * The root command alone, which only opens the window: picocli reads the annotations of every
     * subcommand when the tree is built, a third of a second the window's start would wait for.
     */
    private CommandLine windowOnly() {
        return configured(new CommandLine(new RootCommand(gui), new CommandFactory(context)));
    }

    private CommandLine configured(CommandLine commandLine) {
        Messages messages = context.messages();
        commandLine.setResourceBundle(messages.bundle());
        commandLine.setOut(context.out());
        commandLine.setErr(context.err());
        commandLine.setParameterExceptionHandler((error, args) -> {
            PrintWriter err = error.getCommandLine().getErr();
            err.println(messages.format("cli.error.usage", error.getMessage(),
                    error.getCommandLine().getCommandSpec().qualifiedName()));
            return ExitCode.BAD_INPUT;
        });
        GlobalOptionCheck globalOptions = new GlobalOptionCheck(messages);
        commandLine.setExecutionStrategy(parsed -> {
            Optional<String> refusal = globalOptions.refusal(parsed);
            if (refusal.isPresent()) {
                context.err().println("sitedesk: " + refusal.get());
                return ExitCode.BAD_INPUT;
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        commandLine.setExecutionExceptionHandler((error, cmd, parseResult) -> {
            if (error instanceof CliRefusal) {
                cmd.getErr().println(error.getMessage());
                return ExitCode.BAD_INPUT;
            }
            if (error instanceof UserFacingException) {
                // a database that cannot be opened is bad input too: the wrong file, a damaged one, one in use
                cmd.getErr().println("sitedesk: " + messages.describe(error));
                return ExitCode.BAD_INPUT;
            }
            // looked up here, not in a static field: the window picks the log file before slf4j starts
            Logger log = LoggerFactory.getLogger(CommandLineApp.class);
            log.error("Command failed", error);
            cmd.getErr().println("sitedesk: " + messages.format("cli.error.unexpected", String.valueOf(error)));
            return ExitCode.FAILURE;
        });
        return commandLine;
    }

    /**
     * Runs the line. A line of window options only ({@link RootCommand#opensOnlyTheWindow}) is read
     * by the root command alone; anything else, a mistake included, by the whole tree, which runs it
     * or says what is wrong.
     */
    public int run(String... args) {
        int code = (RootCommand.opensOnlyTheWindow(args) ? windowOnly() : commandLine()).execute(args);
        context.out().flush();
        context.err().flush();
        return code;
    }

    /** Lets picocli build subcommands and mixins that need the shared context. */
    private record CommandFactory(CliContext context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                return type.getConstructor(CliContext.class).newInstance(context);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }
}
