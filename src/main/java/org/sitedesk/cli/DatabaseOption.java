package org.sitedesk.cli;

import picocli.CommandLine.Option;

/** {@code --db PATH|JDBC-URL}, taken by every subcommand. */
public final class DatabaseOption {
    @Option(names = "--db", paramLabel = "PATH|JDBC-URL", descriptionKey = "cli.option.db")
    String value;

    public String value() {
        return value;
    }
}
