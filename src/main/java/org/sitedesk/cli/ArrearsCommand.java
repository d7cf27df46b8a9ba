package org.sitedesk.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sitedesk.core.users.Permission;
import org.sitedesk.estate.files.TableWriter;
import org.sitedesk.fees.ArrearsRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sitedesk arrears --as-of YYYY-MM-DD [--format csv]}: one row per unit that owes, sorted by
 * room; the CSV header is exactly {@code room,owner,months_owed,principal,late_fee,total}.
 */
@Command(name = "arrears", mixinStandardHelpOptions = true, sortOptions = false)
public final class ArrearsCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    DatabaseOption database;

    @Mixin
    SignInOption signIn;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.arrears.option.asOf")
    String asOf;

    @Option(names = "--format", paramLabel = "text|csv", defaultValue = "text", descriptionKey = "cli.find.option.format")
    String format;

    public ArrearsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        LocalDate day;
        try {
            day = asOf == null ? LocalDate.now(context.clock()) : LocalDate.parse(asOf.trim());
        } catch (DateTimeParseException e) {
            context.err().println(context.messages().format("cli.pay.dateForm", asOf));
            return ExitCode.BAD_INPUT;
        }
        return context.signedIn(database.value(), signIn, Set.of(Permission.VIEW_FEES), (services, actor) -> {
            List<ArrearsRow> rows = services.fees().arrears().arrears(actor, day, Optional.empty(), Optional.empty());
            boolean csv = "csv".equalsIgnoreCase(format);
            if (csv) {
                context.out().println("room,owner,months_owed,principal,late_fee,total");
            }
            for (ArrearsRow row : rows) {
                List<String> cells = List.of(row.room(), row.owners(), Integer.toString(row.monthsOwed()),
                        row.principal().amount().toPlainString(), row.lateFee().amount().toPlainString(),
                        row.total().amount().toPlainString());
                context.out().println(csv ? TableWriter.csvLine(cells) : String.join("\t", cells));
            }
            return ExitCode.OK;
        });
    }
}
