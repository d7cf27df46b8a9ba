package org.sitedesk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.support.MutableClock;

/** A command-line context for tests: an environment of the test's own and no terminal to ask on. */
final class TestCli {
    private TestCli() {
    }

    static CliContext context(Language language, StringWriter out, StringWriter err, Path folder) {
        return context(language, out, err, folder, Map.of(), PasswordPrompt.NONE);
    }

    /**
     * Only the variables given, plus {@code PGPASSWORD} when the build's PostgreSQL half runs, so
     * a {@code SITEDESK_USER} in the real environment never leaks into a test.
     */
    static CliContext context(Language language, StringWriter out, StringWriter err, Path folder,
            Map<String, String> variables, PasswordPrompt prompt) {
        Map<String, String> environment = new HashMap<>(variables);
        String serverPassword = System.getenv("PGPASSWORD");
        if (serverPassword != null) {
            environment.putIfAbsent("PGPASSWORD", serverPassword);
        }
        return new CliContext(new Messages(language), new PrintWriter(out, true), new PrintWriter(err, true),
                MutableClock.atNineOnAMonday(), folder.resolve("data"), environment, prompt);
    }
}
