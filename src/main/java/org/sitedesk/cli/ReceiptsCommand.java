package org.sitedesk.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sitedesk.core.users.Permission;
import org.sitedesk.estate.files.TableWriter;
import org.sitedesk.fees.Receipt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitedesk receipts [--from --to] [--format csv]}: the receipt register, voided ones marked. */
@Command(name = "receipts", mixinStandardHelpOptions = true, sortOptions = false)
public final class ReceiptsCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    DatabaseOption database;

    @Mixin
    SignInOption signIn;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.receipts.option.from")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.receipts.option.to")
    String to;

    @Option(names = "--format", paramLabel = "text|csv", defaultValue = "text", descriptionKey = "cli.find.option.format")
    String format;

    public ReceiptsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        LocalDate today = LocalDate.now(context.clock());
        LocalDate first;
        LocalDate last;
        try {
            first = from == null ? today.withDayOfYear(1) : LocalDate.parse(from.trim());
            last = to == null ? today : LocalDate.parse(to.trim());
        } catch (DateTimeParseException e) {
            context.err().println(context.messages().format("cli.pay.dateForm", from == null ? to : from));
            return ExitCode.BAD_INPUT;
        }
        return context.signedIn(database.value(), signIn, Set.of(Permission.VIEW_FEES), (services, actor) -> {
            List<Receipt> receipts = services.fees().payments().register(first, last);
            if ("csv".equalsIgnoreCase(format)) {
                context.out().println("number,room,kind,amount,method,paid_on,cashier,void,void_reason");
                for (Receipt receipt : receipts) {
                    context.out().println(TableWriter.csvLine(List.of(receipt.number(), receipt.room(),
                            receipt.refund() ? "refund" : "payment", receipt.amount().amount().toPlainString(),
                            receipt.method().word(), receipt.paidOn().toString(), receipt.cashier(),
                            receipt.voided().isPresent() ? "void" : "",
                            receipt.voided().map(Receipt.VoidNote::reason).orElse(""))));
                }
            } else {
                for (Receipt receipt : receipts) {
                    context.out().println(context.messages().format("cli.receipts.line", receipt.number(), receipt.room(),
                            receipt.amount().amount().toPlainString(), context.messages().get(receipt.method()),
                            receipt.paidOn(), receipt.cashier(), receipt.voided().isPresent()
                                    ? context.messages().format("cli.receipts.void", receipt.voided().get().reason()) : ""));
                }
            }
            return ExitCode.OK;
        });
    }
}
