package org.sitedesk.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import org.sitedesk.app.Services;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.estate.RoomCode;
import org.sitedesk.estate.Unit;
import org.sitedesk.fees.PaymentMethod;
import org.sitedesk.renovation.AcceptanceLine;
import org.sitedesk.renovation.ApplicantKind;
import org.sitedesk.renovation.ApplicationDraft;
import org.sitedesk.renovation.Deduction;
import org.sitedesk.renovation.DepositLedger;
import org.sitedesk.renovation.InspectionDraft;
import org.sitedesk.renovation.Renovation;
import org.sitedesk.renovation.WorkerDraft;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitedesk renovation …}: applications, review, workers, inspections, acceptance, refund and the list (issue 18 item 9). */
@Command(name = "renovation", mixinStandardHelpOptions = true,
        subcommands = {RenovationCommand.Apply.class, RenovationCommand.Approve.class, RenovationCommand.Reject.class,
                RenovationCommand.AddWorker.class, RenovationCommand.Inspect.class, RenovationCommand.Accept.class,
                RenovationCommand.Refund.class, RenovationCommand.ListCommand.class})
public final class RenovationCommand {
    static final String CSV_HEADER = "number,room,contractor,state,valid_from,valid_to,deposit_paid,deducted,refunded";

    /** Signs in, finds the renovation by number (exit 2 naming it when there is none) and does the work. */
    static Integer withRenovation(CliContext context, String database, SignInOption signIn, Permission permission, String number,
            BiFunction<Services, Actor, java.util.function.Function<Renovation, Integer>> work) {
        return context.signedIn(database, signIn, Set.of(permission), (services, actor) -> {
            Renovation renovation = services.renovation().lookup().find(number)
                    .orElseThrow(() -> new UserFacingException("error.renovation.notFound", number));
            return work.apply(services, actor).apply(renovation);
        });
    }

    @Command(name = "apply", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Apply implements Callable<Integer> {
        private final CliContext context;
        @Mixin
        DatabaseOption database;
        @Mixin
        SignInOption signIn;
        @Parameters(paramLabel = "ROOM", descriptionKey = "cli.print.room")
        String room;
        @Option(names = "--contractor", paramLabel = "NAME", required = true, descriptionKey = "cli.renovation.option.contractor")
        String contractor;
        @Option(names = "--from", paramLabel = "DATE", required = true, descriptionKey = "cli.renovation.option.from")
        LocalDate from;
        @Option(names = "--to", paramLabel = "DATE", required = true, descriptionKey = "cli.renovation.option.to")
        LocalDate to;
        @Option(names = "--scope", paramLabel = "ITEM", split = ",", required = true, descriptionKey = "cli.renovation.option.scope")
        List<String> scope;
        @Option(names = "--documents", paramLabel = "DOC", split = ",", descriptionKey = "cli.renovation.option.documents")
        List<String> documents = new ArrayList<>();
        @Option(names = "--applicant", paramLabel = "NAME", descriptionKey = "cli.renovation.option.applicant")
        String applicant;

        public Apply(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            RoomCode code = RoomCode.parse(room).orElseThrow(() -> new CliRefusal(context.messages().format("import.unit.roomForm", room)));
            return context.signedIn(database.value(), signIn, Set.of(Permission.REGISTER_RENOVATIONS), (services, actor) -> {
                Unit unit = services.estate().units().unit(code)
                        .orElseThrow(() -> new CliRefusal(context.messages().format("cli.print.noRoom", code)));
                String who = applicant == null ? services.estate().units().ownerNames(unit.id(), LocalDate.now(context.clock()))
                        : applicant;
                Renovation applied = services.renovation().applications().apply(actor, new ApplicationDraft(unit.id(),
                        who.isBlank() ? contractor : who, ApplicantKind.OWNER, "", contractor, "", "", from, to, scope,
                        Set.copyOf(documents)), true);
                context.out().println(applied.number());
                return ExitCode.OK;
            });
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Approve implements Callable<Integer> {
        private final CliContext context;
        @Mixin
        DatabaseOption database;
        @Mixin
        SignInOption signIn;
        @Parameters(paramLabel = "NUMBER", descriptionKey = "cli.renovation.number")
        String number;

        public Approve(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            return withRenovation(context, database.value(), signIn, Permission.APPROVE_RENOVATIONS, number,
                    (services, actor) -> renovation -> {
                        Renovation approved = services.renovation().applications().approve(actor, renovation.id());
                        context.out().println(context.messages().format("cli.renovation.approved", approved.number(),
                                approved.deposit().orElse(Money.ZERO).amount().toPlainString()));
                        return ExitCode.OK;
                    });
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Reject implements Callable<Integer> {
        private final CliContext context;
        @Mixin
        DatabaseOption database;
        @Mixin
        SignInOption signIn;
        @Parameters(paramLabel = "NUMBER", descriptionKey = "cli.renovation.number")
        String number;
        @Option(names = "--reason", paramLabel = "TEXT", required = true, descriptionKey = "cli.renovation.option.reason")
        String reason;

        public Reject(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            return withRenovation(context, database.value(), signIn, Permission.APPROVE_RENOVATIONS, number,
                    (services, actor) -> renovation -> {
                        services.renovation().applications().reject(actor, renovation.id(), reason);
                        context.out().println(context.messages().format("cli.renovation.rejected", renovation.number()));
                        return ExitCode.OK;
                    });
        }
    }

    @Command(name = "worker", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class AddWorker implements Callable<Integer> {
        private final CliContext context;
        @Mixin
        DatabaseOption database;
        @Mixin
        SignInOption signIn;
        @Parameters(paramLabel = "NUMBER", descriptionKey = "cli.renovation.number")
        String number;
        @Option(names = "--name", paramLabel = "NAME", required = true, descriptionKey = "cli.renovation.option.name")
        String name;
        @Option(names = "--id-number", paramLabel = "N", required = true, descriptionKey = "cli.renovation.option.idNumber")
        String idNumber;
        @Option(names = "--trade", paramLabel = "TRADE", required = true, descriptionKey = "cli.renovation.option.trade")
        String trade;
        @Option(names = "--phone", paramLabel = "PHONE", descriptionKey = "cli.renovation.option.phone")
        String phone = "";
        @Option(names = "--certificate", paramLabel = "N", descriptionKey = "cli.renovation.option.certificate")
        String certificate = "";

        public AddWorker(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            return withRenovation(context, database.value(), signIn, Permission.REGISTER_RENOVATIONS, number,
                    (services, actor) -> renovation -> {
                        context.out().println(services.renovation().permits().addWorker(actor, renovation.id(),
                                new WorkerDraft(name, idNumber, phone, trade, certificate)).passNumber());
                        return ExitCode.OK;
                    });
        }
    }

    @Command(name = "inspect", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Inspect implements Callable<Integer> {
        private final CliContext context;
        @Mixin
        DatabaseOption database;
        @Mixin
        SignInOption signIn;
        @Parameters(paramLabel = "NUMBER", descriptionKey = "cli.renovation.number")
        String number;
        @Option(names = "--finding", paramLabel = "TEXT", required = true, descriptionKey = "cli.renovation.option.finding")
        String finding;
        @Option(names = "--violation", descriptionKey = "cli.renovation.option.violation")
        boolean violation;
        @Option(names = "--deadline", paramLabel = "DATE", descriptionKey = "cli.renovation.option.deadline")
        LocalDate deadline;
        @Option(names = "--rectified", descriptionKey = "cli.renovation.option.rectified")
        boolean rectified;

        @Option(names = "--photo", paramLabel = "FILE", descriptionKey = "cli.renovation.option.photo")
        List<java.nio.file.Path> photos = new java.util.ArrayList<>();

        public Inspect(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            return withRenovation(context, database.value(), signIn, Permission.INSPECT_RENOVATIONS, number,
                    (services, actor) -> renovation -> {
                        services.renovation().checks().inspect(actor, renovation.id(), new InspectionDraft(
                                LocalDate.now(context.clock()), finding, photos, violation, Optional.empty(),
                                Optional.ofNullable(deadline), rectified)).ifPresentOrElse(
                                        notice -> context.out().println(notice.number()),
                                        () -> context.out().println(context.messages().format("cli.renovation.inspected",
                                                renovation.number())));
                        return ExitCode.OK;
                    });
        }
    }

    @Command(name = "accept", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Accept implements Callable<Integer> {
        private final CliContext context;
        @Mixin
        DatabaseOption database;
        @Mixin
        SignInOption signIn;
        @Parameters(paramLabel = "NUMBER", descriptionKey = "cli.renovation.number")
        String number;
        @Option(names = "--fail", paramLabel = "ITEM", arity = "1..*", descriptionKey = "cli.renovation.option.fail")
        List<String> failed = new ArrayList<>();

        public Accept(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            return withRenovation(context, database.value(), signIn, Permission.INSPECT_RENOVATIONS, number,
                    (services, actor) -> renovation -> {
                        List<String> lines = services.renovation().settings().load().checklistLines();
                        for (String item : failed) {
                            if (!lines.contains(item.trim())) {
                                throw new CliRefusal(context.messages().format("cli.renovation.noChecklistLine", item,
                                        String.join("、", lines)));
                            }
                        }
                        boolean passed = services.renovation().checks().accept(actor, renovation.id(), lines.stream()
                                .map(line -> new AcceptanceLine(line, failed.stream().noneMatch(item -> item.trim().equals(line))))
                                .toList(), null).passed();
                        context.out().println(context.messages().format(passed ? "cli.renovation.accepted"
                                : "cli.renovation.acceptanceFailed", renovation.number()));
                        return ExitCode.OK;
                    });
        }
    }

    @Command(name = "refund", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Refund implements Callable<Integer> {
        private final CliContext context;
        @Mixin
        DatabaseOption database;
        @Mixin
        SignInOption signIn;
        @Parameters(paramLabel = "NUMBER", descriptionKey = "cli.renovation.number")
        String number;
        @Option(names = "--deduct", paramLabel = "REASON=AMOUNT", descriptionKey = "cli.renovation.option.deduct")
        List<String> deduct = new ArrayList<>();

        public Refund(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            List<Deduction> deductions = new ArrayList<>();
            for (String text : deduct) {
                int at = text.lastIndexOf('=');
                try {
                    deductions.add(new Deduction(text.substring(0, at).trim(), Money.of(text.substring(at + 1).trim())));
                } catch (RuntimeException unreadable) {
                    throw new CliRefusal(context.messages().format("cli.renovation.deductForm", text));
                }
            }
            return withRenovation(context, database.value(), signIn, Permission.APPROVE_RENOVATIONS, number,
                    (services, actor) -> renovation -> {
                        Money refunded = services.renovation().refunds().refund(actor, renovation.id(), deductions,
                                PaymentMethod.CASH);
                        context.out().println(refunded.amount().toPlainString());
                        return ExitCode.OK;
                    });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class ListCommand implements Callable<Integer> {
        /** The formats the list comes in. */
        public enum Format { text, csv }

        private final CliContext context;
        @Mixin
        DatabaseOption database;
        @Mixin
        SignInOption signIn;
        @Option(names = "--format", paramLabel = "text|csv", defaultValue = "text", descriptionKey = "cli.renovation.option.format")
        Format format;

        public ListCommand(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            return context.signedIn(database.value(), signIn, Set.of(Permission.REGISTER_RENOVATIONS), (services, actor) -> {
                if (format == Format.csv) {
                    context.out().println(CSV_HEADER);
                }
                for (Renovation renovation : services.renovation().lookup().all()) {
                    DepositLedger deposit = services.renovation().lookup().deposit(renovation);
                    List<String> cells = List.of(renovation.number(), renovation.room(), renovation.contractor(),
                            format == Format.csv ? renovation.state().name() : context.messages().get(renovation.state()),
                            renovation.validFrom().map(LocalDate::toString).orElse(""),
                            renovation.validTo().map(LocalDate::toString).orElse(""),
                            deposit.paid().amount().toPlainString(), deposit.deducted().amount().toPlainString(),
                            deposit.refunded().amount().toPlainString());
                    context.out().println(format == Format.csv ? String.join(",", cells.stream().map(ListCommand::csv).toList())
                            : String.join("  ", cells));
                }
                return ExitCode.OK;
            });
        }

        private static String csv(String cell) {
            return cell.contains(",") || cell.contains("\"") || cell.contains("\n") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
        }
    }
}
