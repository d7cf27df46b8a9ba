package org.sitedesk.cli;

/**
 * A command refused before it did anything, with the line to print already in the user's language;
 * the command line prints it and exits 2.
 */
final class CliRefusal extends RuntimeException {
    CliRefusal(String line) {
        super(line, null, false, false);
    }
}
