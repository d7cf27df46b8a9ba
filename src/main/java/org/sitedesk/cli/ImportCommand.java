package org.sitedesk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitedesk.core.Services;
import org.sitedesk.core.db.Database;
import org.sitedesk.estate.EstateImportFiles;
import org.sitedesk.estate.ImportOutcome;
import org.sitedesk.estate.ImportRefusedException;
import org.sitedesk.estate.files.EstateFileReader;
import org.sitedesk.estate.files.FileProblem;
import org.sitedesk.estate.files.TableReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitedesk import FILE...}: every row of every file is checked first; any problem refuses
 * the whole import, printed as {@code file:line:column: message}, exit 2.
 */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false)
public final class ImportCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    DatabaseOption database;

    @Option(names = "--dry-run", descriptionKey = "cli.import.option.dryRun")
    boolean dryRun;

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "cli.import.files")
    List<Path> files;

    public ImportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        LocalDate today = LocalDate.now(context.clock());
        EstateImportFiles read = EstateFileReader.read(files.stream().map(TableReader::read).toList(), today);
        try (Database db = Database.open(context.database(database.value()))) {
            Services services = Services.wire(db, context.clock());
            ImportOutcome outcome = services.estateImport().run(context.actor(), read, dryRun, (done, total) -> { });
            context.out().println(context.messages().format(dryRun ? "cli.import.checked" : "cli.import.done",
                    outcome.unitsAdded(), outcome.unitsSkipped(), outcome.ownersAdded(), outcome.ownersSkipped()));
            return ExitCode.OK;
        } catch (ImportRefusedException refused) {
            for (FileProblem problem : refused.problems()) {
                context.err().println(problem.describe(context.messages()));
            }
            context.err().println(context.messages().format("import.refused", refused.problems().size()));
            return ExitCode.BAD_INPUT;
        }
    }
}
