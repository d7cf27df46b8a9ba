package org.sitedesk;

import java.io.Console;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.sitedesk.cli.CliContext;
import org.sitedesk.cli.CommandLineApp;
import org.sitedesk.cli.RootCommand;
import org.sitedesk.core.db.DatabaseLocation;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.shell.GuiLauncher;

/** The one entry point: the command line, which opens the window when no subcommand is given. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        GuiLauncher window = new GuiLauncher();
        if (RootCommand.opensOnlyTheWindow(args)) {
            window.startToolkitEarly();
        }
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        Language language = CommandLineApp.languageOf(args, Locale.getDefault());
        Charset charset = outputCharset();
        CliContext context = new CliContext(
                new Messages(language),
                new PrintWriter(new OutputStreamWriter(System.out, charset), true),
                new PrintWriter(new OutputStreamWriter(System.err, charset), true),
                Clock.systemDefaultZone(),
                DatabaseLocation.userDataFolder(),
                System.getenv(),
                Main::askOnTerminal);
        int code = new CommandLineApp(context, window::launch).run(args);
        System.exit(code);
    }

    /**
     * Reads a password without echo, only from a terminal a person sits at. From Java 22 on
     * {@code System.console()} also answers when the streams are redirected; a script's input is
     * not someone typing a password, so {@code isTerminal} (looked up by name, as this builds for
     * Java 17) must agree.
     */
    private static Optional<char[]> askOnTerminal(String prompt) {
        Console console = System.console();
        if (console == null || !isTerminal(console)) {
            return Optional.empty();
        }
        return Optional.ofNullable(console.readPassword("%s", prompt));
    }

    private static boolean isTerminal(Console console) {
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /**
     * The console's own encoding where the JVM knows it (a Windows console in GBK), else UTF-8:
     * a terminal without a UTF-8 locale would otherwise print Chinese as question marks.
     */
    private static Charset outputCharset() {
        String configured = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding"));
        if (configured != null && Charset.isSupported(configured)) {
            Charset charset = Charset.forName(configured);
            if (!charset.equals(StandardCharsets.US_ASCII)) {
                return charset;
            }
        }
        return StandardCharsets.UTF_8;
    }
}
