package org.sitedesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitedesk.app.Services;
import org.sitedesk.backup.DatabaseRestore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code sitedesk restore FILE [--db TARGET]}: the backup back into the database (an H2 file already
 * there is moved aside first), then checked against the summary written beside the backup. It asks
 * for no SiteDesk sign-in: the database it replaces may be the damaged one no one can sign in to, it
 * works only on files and databases the operating-system user can already reach, and it discards
 * nothing; the restored database keeps its own users.
 */
@Command(name = "restore", mixinStandardHelpOptions = true, sortOptions = false)
public final class RestoreCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    DatabaseOption database;

    @Parameters(paramLabel = "FILE", descriptionKey = "cli.restore.file")
    Path backup;

    public RestoreCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        DatabaseRestore.Restored restored = new DatabaseRestore(context.clock()).restore(backup.toAbsolutePath(),
                context.database(database.value()),
                opened -> Services.wire(opened, context.clock()).backups().summary());
        restored.safetyCopy().ifPresent(copy -> context.out().println(context.messages().format("cli.restore.safetyCopy", copy)));
        if (!restored.checked()) {
            restored.differences().forEach(line -> context.err().println(context.messages().format("cli.restore.differs", line)));
            return ExitCode.FAILURE;
        }
        context.out().println(context.messages().format("cli.restore.done", backup, restored.target(),
                restored.expected().rows().values().stream().mapToInt(Integer::intValue).sum()));
        return ExitCode.OK;
    }
}
