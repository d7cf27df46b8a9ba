package org.sitedesk.cli;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sitedesk.backup.BackupService;
import org.sitedesk.core.settings.BackupSettings;
import org.sitedesk.core.users.Permission;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sitedesk backup [--to DIR] [--keep-days N]}: a consistent copy of the open database and its
 * summary, into the site's backup folder unless another is named; older backups there are removed.
 */
@Command(name = "backup", mixinStandardHelpOptions = true, sortOptions = false)
public final class BackupCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    DatabaseOption database;

    @Mixin
    SignInOption signIn;

    @Option(names = "--to", paramLabel = "DIR", descriptionKey = "cli.backup.option.to")
    Path folder;

    @Option(names = "--keep-days", paramLabel = "N", descriptionKey = "cli.backup.option.keep")
    Integer keepDays;

    public BackupCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (keepDays != null && keepDays < 1) {
            context.err().println(context.messages().format("cli.backup.keepDays", keepDays));
            return ExitCode.BAD_INPUT;
        }
        // a backup holds every owner's personal data (PIPL 51): the same permission as exporting it
        return context.signedIn(database.value(), signIn, Set.of(Permission.EXPORT_PERSONAL_DATA), (services, actor) -> {
            BackupSettings site = services.core().backupSettings().load();
            Path into = folder != null ? folder.toAbsolutePath() : site.folder();
            BackupService.Backup taken = services.backups().take(actor, into);
            int removed = services.backups().prune(into, keepDays != null ? keepDays : site.keepDays());
            context.out().println(context.messages().format("cli.backup.done", taken.file(), taken.bytes() / 1024,
                    removed));
            return ExitCode.OK;
        });
    }
}
