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
 * silently: {@code --db} on a command that opens no database, {@code --demo} or {@code --smoke}
 * (which start the window) with a subcommand, and {@code --db} typed twice with two values.
 */
final class GlobalOptionCheck {
    private static final List<String> WINDOW_ONLY = List.of("--demo", "--smoke");

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
        Set<String> databases = new LinkedHashSet<>();
        for (ParseResult at : chain) {
            OptionSpec db = at.matchedOption("--db");
            if (db != null) {
                // typed strings, per position: every position writes the one field, so its value is the last only
                databases.addAll(db.originalStringValues());
            }
        }
        if (databases.size() > 1) {
            return Optional.of(messages.format("cli.error.dbTwice", String.join(" / ", databases)));
        }
        if (!databases.isEmpty() && chain.size() > 1 && !usesDatabase(leaf.commandSpec().commandLine())) {
            return Optional.of(messages.format("cli.error.optionNotHere", "--db", command));
        }
        return Optional.empty();
    }

    private static boolean usesDatabase(CommandLine command) {
        return command.getCommandSpec().mixins().values().stream()
                .anyMatch(mixin -> mixin.userObject() instanceof DatabaseOption);
    }
}
