package org.sitedesk.cli;

/** The command line's exit codes (DESIGN.md "Command line"). */
public final class ExitCode {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;

    private ExitCode() {
    }
}
