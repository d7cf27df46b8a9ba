package org.sitedesk;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import org.sitedesk.cli.CliContext;
import org.sitedesk.cli.CommandLineApp;
import org.sitedesk.core.db.DatabaseLocation;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.shell.GuiLauncher;

/** The one entry point: the command line, which opens the window when no subcommand is given. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        Language language = CommandLineApp.languageOf(args, Locale.getDefault());
        Charset charset = outputCharset();
        CliContext context = new CliContext(
                new Messages(language),
                new PrintWriter(new OutputStreamWriter(System.out, charset), true),
                new PrintWriter(new OutputStreamWriter(System.err, charset), true),
                Clock.systemDefaultZone(),
                System.getProperty("user.name", "unknown"),
                DatabaseLocation.userDataFolder());
        int code = new CommandLineApp(context, GuiLauncher::launch).run(args);
        System.exit(code);
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
