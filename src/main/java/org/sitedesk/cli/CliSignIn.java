package org.sitedesk.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.core.users.User;
import org.sitedesk.core.users.UserService;

/**
 * Signs a command-line user in exactly as the window does ({@link UserService#signIn}: the same
 * lock-out after repeated wrong passwords, the same refusals, the same audit rows), so that whoever
 * can run {@code sitedesk} cannot act beyond their own role. The name comes from {@code --user} or
 * {@code SITEDESK_USER}; the password from {@code --password-file}, {@code SITEDESK_PASSWORD} or,
 * on a terminal, a prompt that does not echo. Never from the command line itself, where other
 * users of the computer can read it.
 */
final class CliSignIn {
    static final String USER_VARIABLE = "SITEDESK_USER";
    static final String PASSWORD_VARIABLE = "SITEDESK_PASSWORD";

    private final CliContext context;

    CliSignIn(CliContext context) {
        this.context = context;
    }

    /** A user name and the password to check it with. */
    record Credentials(String user, String password) {
        @Override
        public String toString() {
            return "Credentials[" + user + "]";
        }
    }

    /** The name and password for the command, or a refusal saying how to give them. */
    Credentials credentials(SignInOption options) {
        return credentials(options, Optional.empty());
    }

    /**
     * As {@link #credentials(SignInOption)}, signing in as {@code fallbackUser} when neither
     * {@code --user} nor {@code SITEDESK_USER} names anyone.
     */
    Credentials credentials(SignInOption options, Optional<String> fallbackUser) {
        Optional<String> user = userName(options).or(() -> fallbackUser);
        if (user.isEmpty()) {
            throw new CliRefusal("sitedesk: " + messages().format("cli.signIn.noUser", options.commandName(),
                    USER_VARIABLE, PASSWORD_VARIABLE));
        }
        Optional<String> password = passwordGiven(options);
        if (password.isEmpty()) {
            password = context.prompt().ask(messages().format("cli.signIn.prompt", user.get())).map(typed -> {
                String text = new String(typed);
                Arrays.fill(typed, '\0');
                return text;
            });
        }
        if (password.isEmpty()) {
            throw new CliRefusal("sitedesk: " + messages().format("cli.signIn.noPassword", user.get(),
                    PASSWORD_VARIABLE));
        }
        return new Credentials(user.get(), password.get());
    }

    /** {@code --user}, else {@code SITEDESK_USER}. */
    Optional<String> userName(SignInOption options) {
        return nonBlank(options.user()).or(() -> nonBlank(context.environment().get(USER_VARIABLE)));
    }

    /** The first line of {@code --password-file}, else {@code SITEDESK_PASSWORD}; never asked for. */
    Optional<String> passwordGiven(SignInOption options) {
        Path file = options.passwordFile();
        if (file != null) {
            return Optional.of(firstLine(file));
        }
        return Optional.ofNullable(context.environment().get(PASSWORD_VARIABLE)).filter(text -> !text.isEmpty());
    }

    /**
     * Checks the password as the window's sign-in does, then the permissions the command needs.
     * A user who must choose a new password does that in the window first, as the window insists.
     */
    Actor signIn(UserService users, Credentials credentials, Set<Permission> needed) {
        User user = users.signIn(credentials.user(), credentials.password());
        if (user.mustChangePassword()) {
            throw new CliRefusal("sitedesk: " + messages().format("cli.signIn.mustChangePassword", user.username()));
        }
        Actor actor = Actor.of(user);
        needed.stream().sorted().forEach(actor::require);
        return actor;
    }

    private String firstLine(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliRefusal(new InputProblem(file.toString(), 1, 1,
                    messages().format("cli.error.cannotRead", e.getClass().getSimpleName())).toString());
        }
        String password = lines.isEmpty() ? "" : lines.get(0);
        // Notepad saves UTF-8 with a byte-order mark
        return password.startsWith("\uFEFF") ? password.substring(1) : password;
    }

    private Messages messages() {
        return context.messages();
    }

    private static Optional<String> nonBlank(String text) {
        return Optional.ofNullable(text).map(String::strip).filter(value -> !value.isEmpty());
    }
}
