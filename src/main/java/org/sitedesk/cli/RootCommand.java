package org.sitedesk.cli;

import java.nio.file.Path;
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

    @Override
    public Integer call() {
        return gui.start(database, demo, smoke, lang == null ? null : Language.ofTag(lang).orElse(null));
    }
}
