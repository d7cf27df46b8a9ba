package org.sitedesk.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Permission;
import org.sitedesk.estate.RoomCode;
import org.sitedesk.estate.Unit;
import org.sitedesk.estate.files.TableWriter;
import org.sitedesk.fees.PaymentMethod;
import org.sitedesk.keys.Pass;
import org.sitedesk.keys.PassDraft;
import org.sitedesk.keys.PassRegister;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitedesk pass issue|lost|reissue|return|list}: passes and cards from a script, as the counter issues them. */
@Command(name = "pass", mixinStandardHelpOptions = true,
        subcommands = {PassCommand.Issue.class, PassCommand.Lost.class, PassCommand.Reissue.class, PassCommand.GiveBack.class,
                PassCommand.ListPasses.class})
public final class PassCommand {
    /** The CSV header, exactly as scripts read it. */
    static final String HEADER = "number,type,room,holder,valid_until,status,deposit";

    static Optional<PaymentMethod> method(String word) {
        return word == null ? Optional.of(PaymentMethod.CASH) : PaymentMethod.ofWord(word);
    }

    /**
     * {@code pass issue ROOM --type TYPE --holder NAME [--number N] [--until DATE] [--deposit AMOUNT]}:
     * the pass number is the last line. The deposit is taken at once, with its receipt.
     */
    @Command(name = "issue", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Issue implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        DatabaseOption database;

        @Mixin
        SignInOption signIn;

        @Parameters(paramLabel = "ROOM", descriptionKey = "cli.print.room")
        String room;

        @Option(names = "--type", paramLabel = "TYPE", required = true, descriptionKey = "cli.pass.option.type")
        String type;

        @Option(names = "--holder", paramLabel = "NAME", required = true, descriptionKey = "cli.pass.option.holder")
        String holder;

        @Option(names = "--number", paramLabel = "N", descriptionKey = "cli.pass.option.number")
        String number;

        @Option(names = "--until", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.pass.option.until")
        String until;

        @Option(names = "--deposit", paramLabel = "AMOUNT", descriptionKey = "cli.pass.option.deposit")
        String deposit;

        @Option(names = "--method", paramLabel = "M", descriptionKey = "cli.pass.option.method")
        String method;

        public Issue(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Messages words = context.messages();
            Optional<RoomCode> code = RoomCode.parse(room);
            Optional<Optional<LocalDate>> validUntil = until == null ? Optional.of(Optional.empty()) : date(until).map(Optional::of);
            Optional<Optional<Money>> money = deposit == null ? Optional.of(Optional.empty()) : money(deposit).map(Optional::of);
            Optional<PaymentMethod> how = method(method);
            if (code.isEmpty() || validUntil.isEmpty() || money.isEmpty() || how.isEmpty()) {
                context.err().println(code.isEmpty() ? words.format("import.unit.roomForm", room)
                        : validUntil.isEmpty() ? words.format("cli.pay.dateForm", until)
                        : money.isEmpty() ? words.format("cli.pass.depositForm", deposit)
                        : words.format("cli.pay.methodUnknown", method));
                return ExitCode.BAD_INPUT;
            }
            return context.signedIn(database.value(), signIn, Set.of(Permission.ISSUE_PASSES), (services, actor) -> {
                Optional<Unit> unit = services.estate().units().unit(code.get());
                if (unit.isEmpty()) {
                    context.err().println(words.format("cli.print.noRoom", code.get()));
                    return ExitCode.BAD_INPUT;
                }
                Pass pass = services.keys().passes().issue(actor, new PassDraft(unit.get().id(), type, holder, Optional.empty(),
                        number, validUntil.get(), money.get(), how.get()));
                context.out().println(words.format("cli.pass.issued", pass.typeName(), pass.number(), pass.holder(), pass.room(),
                        pass.validUntil().toString()) + (pass.depositReceipt().isEmpty() ? ""
                        : words.format("cli.pass.depositTaken", services.fees().payments().receipt(pass.depositReceipt())
                                .orElseThrow().amount(), pass.depositReceipt())));
                context.out().println(pass.number());
                return ExitCode.OK;
            });
        }
    }

    /** {@code pass lost NUMBER [--reported-by NAME]}: void at once and for good. */
    @Command(name = "lost", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Lost implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        DatabaseOption database;

        @Mixin
        SignInOption signIn;

        @Parameters(paramLabel = "NUMBER", descriptionKey = "cli.pass.number")
        String number;

        @Option(names = "--reported-by", paramLabel = "NAME", descriptionKey = "cli.pass.option.reportedBy")
        String reportedBy;

        public Lost(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            return context.signedIn(database.value(), signIn, Set.of(Permission.ISSUE_PASSES), (services, actor) -> {
                Pass pass = services.keys().passes().reportLost(actor, number, reportedBy);
                context.out().println(context.messages().format("cli.pass.lost", pass.number(), pass.lostReportedBy()));
                return ExitCode.OK;
            });
        }
    }

    /** {@code pass reissue NUMBER [--number N]}: a new number for a lost pass, the last line printed. */
    @Command(name = "reissue", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Reissue implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        DatabaseOption database;

        @Mixin
        SignInOption signIn;

        @Parameters(paramLabel = "NUMBER", descriptionKey = "cli.pass.number")
        String number;

        @Option(names = "--number", paramLabel = "N", descriptionKey = "cli.pass.option.newNumber")
        String newNumber;

        @Option(names = "--method", paramLabel = "M", descriptionKey = "cli.pass.option.method")
        String method;

        public Reissue(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Optional<PaymentMethod> how = method(method);
            if (how.isEmpty()) {
                context.err().println(context.messages().format("cli.pay.methodUnknown", method));
                return ExitCode.BAD_INPUT;
            }
            return context.signedIn(database.value(), signIn, Set.of(Permission.ISSUE_PASSES), (services, actor) -> {
                Pass pass = services.keys().passes().reissue(actor, number, newNumber, how.get());
                context.out().println(context.messages().format("cli.pass.reissued", pass.reissueOf().orElse(""), pass.number())
                        + (pass.feeReceipt().isEmpty() ? "" : context.messages().format("cli.pass.feeTaken",
                        services.fees().payments().receipt(pass.feeReceipt()).orElseThrow().amount(), pass.feeReceipt())));
                context.out().println(pass.number());
                return ExitCode.OK;
            });
        }
    }

    /** {@code pass return NUMBER}: no longer valid; its deposit paid back with a refund receipt. */
    @Command(name = "return", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class GiveBack implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        DatabaseOption database;

        @Mixin
        SignInOption signIn;

        @Parameters(paramLabel = "NUMBER", descriptionKey = "cli.pass.number")
        String number;

        @Option(names = "--method", paramLabel = "M", descriptionKey = "cli.pass.option.method")
        String method;

        public GiveBack(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Optional<PaymentMethod> how = method(method);
            if (how.isEmpty()) {
                context.err().println(context.messages().format("cli.pay.methodUnknown", method));
                return ExitCode.BAD_INPUT;
            }
            return context.signedIn(database.value(), signIn, Set.of(Permission.ISSUE_PASSES), (services, actor) -> {
                Pass pass = services.keys().passes().giveBack(actor, number, how.get());
                context.out().println(pass.refundReceipt().isEmpty()
                        ? context.messages().format("cli.pass.returned", pass.number())
                        : context.messages().format("cli.pass.returnedWithRefund", pass.number(),
                                services.fees().payments().receipt(pass.refundReceipt()).orElseThrow().amount(),
                                pass.refundReceipt()));
                return ExitCode.OK;
            });
        }
    }

    /**
     * {@code pass list [--valid-on DATE] [--format csv]}: every pass with its status today, or with
     * {@code --valid-on} only those valid that day (never a lost one).
     */
    @Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class ListPasses implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        DatabaseOption database;

        @Mixin
        SignInOption signIn;

        @Option(names = "--valid-on", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.pass.option.validOn")
        String validOn;

        @Option(names = "--format", paramLabel = "text|csv", defaultValue = "text", descriptionKey = "cli.find.option.format")
        String format;

        public ListPasses(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Optional<LocalDate> day = validOn == null ? Optional.of(LocalDate.now(context.clock())) : date(validOn);
            if (day.isEmpty()) {
                context.err().println(context.messages().format("cli.pay.dateForm", validOn));
                return ExitCode.BAD_INPUT;
            }
            return context.signedIn(database.value(), signIn, Set.of(Permission.ISSUE_PASSES), (services, actor) -> {
                PassRegister register = services.keys().register();
                List<Pass> passes = validOn == null ? register.all(actor) : register.validOn(actor, day.get());
                Map<Long, Money> deposits = register.depositsHeld(passes);
                boolean csv = "csv".equalsIgnoreCase(format);
                if (csv) {
                    context.out().println(HEADER);
                }
                for (Pass pass : passes) {
                    String deposit = deposits.getOrDefault(pass.id(), Money.ZERO).toString();
                    if (csv) {
                        context.out().println(TableWriter.csvLine(List.of(pass.number(), pass.typeCode(), pass.room(),
                                pass.holder(), pass.validUntil().toString(), pass.status(day.get()).word(), deposit)));
                    } else {
                        context.out().println(context.messages().format("cli.pass.line", pass.number(), pass.typeName(),
                                pass.room(), pass.holder(), pass.validUntil().toString(),
                                context.messages().get(pass.status(day.get())), deposit));
                    }
                }
                return ExitCode.OK;
            });
        }
    }

    static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text.trim()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** An amount with at most two decimals, 0 or more; {@code 50.005} is refused, not rounded. */
    static Optional<Money> money(String text) {
        try {
            Money amount = Money.of(new BigDecimal(text.trim()));
            return amount.isNegative() ? Optional.empty() : Optional.of(amount);
        } catch (ArithmeticException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
