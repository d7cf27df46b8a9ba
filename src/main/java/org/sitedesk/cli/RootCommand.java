package org.sitedesk.cli;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitedesk.core.i18n.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code sitedesk}: with no subcommand it opens the window; the subcommands work without a display.
 */
@Command(name = "sitedesk", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true)
public final class RootCommand implements Callable<Integer> {
    private final GuiStarter gui;

    @Option(names = "--demo", descriptionKey = "cli.option.demo")
    boolean demo;

    @Option(names = "--smoke", descriptionKey = "cli.option.smoke")
    boolean smoke;

    /** Global: inherited by every subcommand, so it may stand anywhere on the line. */
    @Option(names = "--db", paramLabel = "PATH|JDBC-URL", descriptionKey = "cli.option.db", scope = ScopeType.INHERIT)
    String database;

    /** Global like --db: who signs in to a command that changes data or shows personal data. */
    @Option(names = "--user", paramLabel = "NAME", descriptionKey = "cli.option.user", scope = ScopeType.INHERIT)
    String user;

    /** Global like --db: that user's password (its first line); for init --admin, the new administrator's. */
    @Option(names = "--password-file", paramLabel = "FILE", descriptionKey = "cli.option.passwordFile",
            scope = ScopeType.INHERIT)
    Path passwordFile;

    // read before parsing as well (the help text needs it); global like --db
    @Option(names = "--lang", paramLabel = "zh_CN|en", descriptionKey = "cli.option.lang", scope = ScopeType.INHERIT)
    String lang;

    public RootCommand(GuiStarter gui) {
        this.gui = gui;
    }

    /**
     * Whether {@code args} hold nothing but this command's own options (no subcommand, no help), so
     * the line can only open the window: it is then read by this command alone, and the launcher
     * starts JavaFX while it is read. Read from the options' annotations, without building picocli's model.
     */
    public static boolean opensOnlyTheWindow(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            Optional<Field> option = option(equals > 0 ? arg.substring(0, equals) : arg);
            if (option.isEmpty()) {
                return false;
            }
            boolean takesValue = option.get().getType() != boolean.class;
            if (takesValue && equals < 0) {
                i++;
                if (i >= args.length) {
                    return false;
                }
            } else if (!takesValue && equals > 0) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Field> option(String name) {
        for (Field field : RootCommand.class.getDeclaredFields()) {
            Option option = field.getAnnotation(Option.class);
            if (option != null && Arrays.asList(option.names()).contains(name)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    @Override
    public Integer call() {
        return gui.start(database, demo, smoke, lang == null ? null : Language.ofTag(lang).orElse(null));
    }
}
