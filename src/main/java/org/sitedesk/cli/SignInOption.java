package org.sitedesk.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Mixed into every subcommand that changes data or shows personal data. {@code --user} and
 * {@code --password-file} are global options of the root command, like {@code --db}, so they stand
 * anywhere on the line; this mixin reads them back and marks the command as one that signs in
 * ({@link GlobalOptionCheck} refuses them on the others).
 */
@Command
public final class SignInOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** {@code --user} wherever it was typed, or {@code null}. */
    public String user() {
        return root().user;
    }

    /** {@code --password-file} wherever it was typed, or {@code null}. */
    public Path passwordFile() {
        return root().passwordFile;
    }

    /** The command as the user typed it, for the sentences that refuse it. */
    String commandName() {
        return command.qualifiedName();
    }

    private RootCommand root() {
        return (RootCommand) command.root().userObject();
    }
}
