package org.sitedesk.cli;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sitedesk.core.Progress;
import org.sitedesk.core.users.Permission;
import org.sitedesk.fees.BillingOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitedesk bill --period YYYY-MM}: the month's billing run; running it again creates nothing. */
@Command(name = "bill", mixinStandardHelpOptions = true, sortOptions = false)
public final class BillCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    DatabaseOption database;

    @Mixin
    SignInOption signIn;

    @Option(names = "--period", paramLabel = "YYYY-MM", required = true, descriptionKey = "cli.bill.option.period")
    String period;

    public BillCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        YearMonth month;
        try {
            month = YearMonth.parse(period.trim());
        } catch (DateTimeParseException e) {
            context.err().println(context.messages().format("cli.bill.periodForm", period));
            return ExitCode.BAD_INPUT;
        }
        return context.signedIn(database.value(), signIn, Set.of(Permission.RUN_BILLING), (services, actor) -> {
            BillingOutcome outcome = services.fees().billing().bill(actor, month, Progress.NONE);
            context.out().println(outcome.createdNothing()
                    ? context.messages().format("cli.bill.nothing", month, outcome.alreadyBilled())
                    : context.messages().format("cli.bill.done", month, outcome.created(),
                            outcome.total().amount().toPlainString(), outcome.prepaymentDrawn().amount().toPlainString()));
            return ExitCode.OK;
        });
    }
}
