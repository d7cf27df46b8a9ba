package org.sitedesk.cli;

import java.util.Optional;

/**
 * Asks for a password on the terminal without showing it. Passed in, so tests and scripts never
 * depend on whether a terminal happens to be attached.
 */
@FunctionalInterface
public interface PasswordPrompt {
    /** No terminal: nobody can be asked. */
    PasswordPrompt NONE = prompt -> Optional.empty();

    /** The password typed after {@code prompt}, or empty when there is no terminal to ask on. */
    Optional<char[]> ask(String prompt);
}
