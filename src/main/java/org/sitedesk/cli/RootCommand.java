package org.sitedesk.cli;

import java.util.concurrent.Callable;
import org.sitedesk.core.i18n.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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

    @Option(names = "--db", paramLabel = "PATH|JDBC-URL", descriptionKey = "cli.option.db")
    String database;

    // read before parsing (the help text needs it); declared so picocli accepts it
    @Option(names = "--lang", paramLabel = "zh_CN|en", descriptionKey = "cli.option.lang")
    String lang;

    public RootCommand(GuiStarter gui) {
        this.gui = gui;
    }

    @Override
    public Integer call() {
        return gui.start(database, demo, smoke, lang == null ? null : Language.ofTag(lang).orElse(null));
    }
}
