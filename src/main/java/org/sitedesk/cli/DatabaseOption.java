package org.sitedesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Mixed into every subcommand that works on a database. {@code --db} itself is one global option of
 * the root command, inherited by every subcommand, so it means the same before the subcommand,
 * between a command and its subcommand, and after it; this mixin reads it back and marks the
 * command as one to which {@code --db} applies ({@link GlobalOptionCheck} refuses it elsewhere).
 */
@Command
public final class DatabaseOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** {@code --db} wherever it was typed, or {@code null} for the user's own database. */
    public String value() {
        return ((RootCommand) command.root().userObject()).database;
    }
}
