package org.sitedesk.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Permission;
import org.sitedesk.estate.RoomCode;
import org.sitedesk.estate.Unit;
import org.sitedesk.fees.PaymentMethod;
import org.sitedesk.fees.PaymentRequest;
import org.sitedesk.fees.Receipt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitedesk pay ROOM AMOUNT --method M [--at DATE --reason R] [--reference R]}: a counter
 * payment from a script; the receipt number is the last line printed.
 */
@Command(name = "pay", mixinStandardHelpOptions = true, sortOptions = false)
public final class PayCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    DatabaseOption database;

    @Mixin
    SignInOption signIn;

    @Parameters(index = "0", paramLabel = "ROOM", descriptionKey = "cli.print.room")
    String room;

    @Parameters(index = "1", paramLabel = "AMOUNT", descriptionKey = "cli.pay.amount")
    String amount;

    @Option(names = "--method", paramLabel = "M", required = true, descriptionKey = "cli.pay.option.method")
    String method;

    @Option(names = "--at", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.pay.option.at")
    String at;

    @Option(names = "--reason", paramLabel = "TEXT", descriptionKey = "cli.pay.option.reason")
    String reason;

    @Option(names = "--reference", paramLabel = "TEXT", descriptionKey = "cli.pay.option.reference")
    String reference;

    @Option(names = "--payer", paramLabel = "NAME", descriptionKey = "cli.pay.option.payer")
    String payer;

    public PayCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Optional<RoomCode> code = RoomCode.parse(room);
        Optional<PaymentMethod> how = PaymentMethod.ofWord(method);
        Optional<Money> money = money(amount);
        LocalDate today = LocalDate.now(context.clock());
        Optional<LocalDate> paidOn = at == null ? Optional.of(today) : date(at);
        if (code.isEmpty() || how.isEmpty() || money.isEmpty() || paidOn.isEmpty()) {
            String problem = code.isEmpty() ? context.messages().format("import.unit.roomForm", room)
                    : how.isEmpty() ? context.messages().format("cli.pay.methodUnknown", method)
                    : money.isEmpty() ? context.messages().format("cli.pay.amountForm", amount)
                    : context.messages().format("cli.pay.dateForm", at);
            context.err().println(problem);
            return ExitCode.BAD_INPUT;
        }
        return context.signedIn(database.value(), signIn, Set.of(Permission.TAKE_PAYMENTS), (services, actor) -> {
            Optional<Unit> unit = services.estate().units().unit(code.get());
            if (unit.isEmpty()) {
                context.err().println(context.messages().format("cli.print.noRoom", code.get()));
                return ExitCode.BAD_INPUT;
            }
            Receipt receipt = services.fees().payments().pay(actor, new PaymentRequest(unit.get().id(), money.get(),
                    how.get(), paidOn.get(), payer, reference, reason, List.of()));
            context.out().println(context.messages().format("cli.pay.done", receipt.room(),
                    receipt.amount().amount().toPlainString(), context.messages().get(receipt.method()),
                    receipt.prepaymentAdded().amount().toPlainString()));
            context.out().println(receipt.number());
            return ExitCode.OK;
        });
    }

    private static Optional<Money> money(String text) {
        try {
            return Optional.of(Money.of(new BigDecimal(text.trim())));
        } catch (ArithmeticException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text.trim()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
