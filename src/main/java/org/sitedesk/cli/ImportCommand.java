package org.sitedesk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitedesk.app.Services;
import org.sitedesk.archive.ArchiveImport;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.estate.EstateImportFiles;
import org.sitedesk.estate.ImportOutcome;
import org.sitedesk.estate.ImportRefusedException;
import org.sitedesk.estate.files.EstateFileReader;
import org.sitedesk.estate.files.FileProblem;
import org.sitedesk.estate.files.Header;
import org.sitedesk.estate.files.ImportKind;
import org.sitedesk.estate.files.Table;
import org.sitedesk.estate.files.TableReader;
import org.sitedesk.fees.FeeItemImport;
import org.sitedesk.fees.PaymentImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitedesk import FILE...}: units, owners, fee items, payments and archive documents, each file recognised
 * from its header;
 * every row of every file is checked first; any problem refuses the whole import, printed as
 * {@code file:line:column: message}, exit 2. Fee items start (or take their new rate) this month.
 */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false)
public final class ImportCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    DatabaseOption database;

    @Mixin
    SignInOption signIn;

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
        List<Table> tables = files.stream().map(TableReader::read).toList();
        List<Table> feeItems = tables.stream().filter(table -> kind(table).filter(ImportKind.FEE_ITEMS::equals).isPresent())
                .toList();
        List<Table> payments = tables.stream().filter(table -> kind(table).filter(ImportKind.PAYMENTS::equals).isPresent())
                .toList();
        List<Table> documents = tables.stream()
                .filter(table -> kind(table).filter(ImportKind.ARCHIVE_DOCUMENTS::equals).isPresent()).toList();
        List<Table> estate = tables.stream().filter(table -> !feeItems.contains(table) && !payments.contains(table)
                && !documents.contains(table)).toList();
        Set<Permission> needed = EnumSet.noneOf(Permission.class);
        if (!estate.isEmpty()) {
            needed.add(Permission.MANAGE_ESTATE);
        }
        if (!feeItems.isEmpty()) {
            needed.add(Permission.MANAGE_FEES);
        }
        if (!payments.isEmpty()) {
            needed.add(Permission.TAKE_PAYMENTS);
        }
        if (!documents.isEmpty()) {
            needed.add(Permission.FILE_DOCUMENTS);
        }
        return context.signedIn(database.value(), signIn, needed, (services, actor) -> {
            try {
                return importAll(services, actor, new Files(estate, feeItems, payments, documents), today);
            } catch (ImportRefusedException refused) {
                for (FileProblem problem : refused.problems()) {
                    context.err().println(problem.describe(context.messages()));
                }
                context.err().println(context.messages().format("import.refused", refused.problems().size()));
                return ExitCode.BAD_INPUT;
            }
        });
    }

    /** The files of one import line by kind. */
    private record Files(List<Table> estate, List<Table> feeItems, List<Table> payments, List<Table> documents) {
    }

    private int importAll(Services services, Actor actor, Files files, LocalDate today) {
        List<Table> estate = files.estate();
        List<Table> feeItems = files.feeItems();
        List<Table> payments = files.payments();
        List<Table> documents = files.documents();
        YearMonth thisMonth = YearMonth.from(today);
        if (!feeItems.isEmpty()) {
            // checked before the estate files are written, so a bad fee file refuses the whole import
            services.fees().itemImport().run(actor, feeItems, thisMonth, true);
        }
        if (!payments.isEmpty() && estate.isEmpty()) {
            services.fees().paymentImport().run(actor, payments, true);
        }
        if (!documents.isEmpty() && estate.isEmpty()) {
            services.archive().imports().run(actor, documents, true);
        }
        if (!estate.isEmpty()) {
            EstateImportFiles read = EstateFileReader.read(estate, today);
            ImportOutcome outcome = services.estate().imports().run(actor, read, dryRun, (done, total) -> { });
            context.out().println(context.messages().format(dryRun ? "cli.import.checked" : "cli.import.done",
                    outcome.unitsAdded(), outcome.unitsSkipped(), outcome.ownersAdded(), outcome.ownersSkipped()));
        }
        if (!feeItems.isEmpty()) {
            FeeItemImport.Outcome outcome = services.fees().itemImport().run(actor, feeItems, thisMonth, dryRun);
            String months = outcome.months().stream().map(YearMonth::toString)
                    .collect(Collectors.joining(context.messages().get("list.separator")));
            context.out().println(context.messages().format(dryRun ? "cli.import.feeItemsChecked" : "cli.import.feeItems",
                    outcome.created(), outcome.rateChanged(), outcome.unchanged(), months));
            if (outcome.startedEarlier() > 0) {
                context.out().println(context.messages().format(dryRun ? "cli.import.feeItemsEarlierChecked"
                        : "cli.import.feeItemsEarlier", outcome.startedEarlier()));
            }
        }
        if (!payments.isEmpty()) {
            PaymentImport.Outcome outcome = services.fees().paymentImport().run(actor, payments, dryRun);
            context.out().println(dryRun
                    ? context.messages().format("cli.import.paymentsChecked", outcome.payments(),
                            outcome.total().amount().toPlainString())
                    : context.messages().format("cli.import.payments", outcome.payments(),
                            outcome.total().amount().toPlainString(), outcome.receipts().get(0),
                            outcome.receipts().get(outcome.receipts().size() - 1)));
        }
        if (!documents.isEmpty()) {
            ArchiveImport.Outcome outcome = services.archive().imports().run(actor, documents, dryRun);
            context.out().println(context.messages().format(dryRun ? "cli.import.documentsChecked" : "cli.import.documents",
                    outcome.added(), outcome.skipped()));
        }
        return ExitCode.OK;
    }

    private static Optional<ImportKind> kind(Table table) {
        return table.isReadable() ? Header.read(table, new ArrayList<>()).map(Header::kind) : Optional.empty();
    }
}
