package org.sitedesk.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitedesk.core.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * Refuses a global option that the command being run would not use, instead of dropping it
 * silently: {@code --db} on a command that opens no database, {@code --user} or
 * {@code --password-file} on a command that needs no sign-in (the window signs in on its own
 * screen), {@code --demo} or {@code --smoke} (which start the window) with a subcommand, and
 * {@code --db}, {@code --user} or {@code --password-file} typed twice with two values.
 */
final class GlobalOptionCheck {
    private static final List<String> WINDOW_ONLY = List.of("--demo", "--smoke");
    private static final List<String> SIGN_IN = List.of("--user", "--password-file");

    private final Messages messages;

    GlobalOptionCheck(Messages messages) {
        this.messages = messages;
    }

    /** The sentence refusing the line, if any. */
    Optional<String> refusal(ParseResult parsed) {
        List<ParseResult> chain = new ArrayList<>();
        for (ParseResult at = parsed; at != null; at = at.subcommand()) {
            chain.add(at);
        }
        ParseResult leaf = chain.get(chain.size() - 1);
        String command = leaf.commandSpec().qualifiedName();
        if (chain.size() > 1) {
            for (String option : WINDOW_ONLY) {
                if (parsed.hasMatchedOption(option)) {
                    return Optional.of(messages.format("cli.error.windowOnly", option, command));
                }
            }
        }
        Set<String> databases = typed(chain, "--db");
        if (databases.size() > 1) {
            return Optional.of(messages.format("cli.error.dbTwice", String.join(" / ", databases)));
        }
        for (String option : SIGN_IN) {
            Set<String> values = typed(chain, option);
            if (values.size() > 1) {
                return Optional.of(messages.format("cli.error.optionTwice", option, String.join(" / ", values)));
            }
        }
        if (!databases.isEmpty() && chain.size() > 1 && !mixes(leaf.commandSpec().commandLine(), DatabaseOption.class)) {
            return Optional.of(messages.format("cli.error.optionNotHere", "--db", command));
        }
        for (String option : SIGN_IN) {
            if (!typed(chain, option).isEmpty() && !mixes(leaf.commandSpec().commandLine(), SignInOption.class)) {
                return Optional.of(messages.format("cli.error.signInNotHere", option, command));
            }
        }
        return Optional.empty();
    }

    /** The values typed for a global option, in every position: every position writes the one field, so it keeps the last only. */
    private static Set<String> typed(List<ParseResult> chain, String name) {
        Set<String> values = new LinkedHashSet<>();
        for (ParseResult at : chain) {
            OptionSpec option = at.matchedOption(name);
            if (option != null) {
                values.addAll(option.originalStringValues());
            }
        }
        return values;
    }

    private static boolean mixes(CommandLine command, Class<?> mixin) {
        return command.getCommandSpec().mixins().values().stream().anyMatch(mixed -> mixin.isInstance(mixed.userObject()));
    }
}
