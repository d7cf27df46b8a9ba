package org.sitedesk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.sitedesk.app.Services;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.estate.HouseholdForm;
import org.sitedesk.estate.RoomCode;
import org.sitedesk.estate.Unit;
import org.sitedesk.fees.ArrearsRow;
import org.sitedesk.fees.DunningNotice;
import org.sitedesk.fees.DunningService;
import org.sitedesk.fees.Receipt;
import org.sitedesk.fees.ReceiptPrintout;
import org.sitedesk.fees.ShiftPrintout;
import org.sitedesk.print.PrintStamp;
import org.sitedesk.print.PrintoutType;
import org.sitedesk.print.PrintoutTypes;
import org.sitedesk.print.TestPage;
import org.sitedesk.repair.ServiceRequest;
import org.sitedesk.repair.WorkOrderPrintout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitedesk print KIND … --out F.pdf}: a printout rendered to PDF without a window. */
@Command(name = "print", mixinStandardHelpOptions = true,
        subcommands = {PrintCommand.Household.class, PrintCommand.ReceiptCommand.class, PrintCommand.NoticeCommand.class,
                PrintCommand.ShiftCommand.class, PrintCommand.WorkOrderCommand.class, PrintCommand.TestPageCommand.class,
                LostPrintCommands.NoticeCommand.class, LostPrintCommands.ClaimCommand.class,
                LostPrintCommands.HandOverCommand.class})
public final class PrintCommand {
    /**
     * The command line prints as the signed-in user, at the clock's now, in the site's printout
     * language: its own messages stay in the language of the computer or of {@code --lang}.
     */
    static PrintStamp stamp(Services services, Actor actor, CliContext context) {
        return PrintStamp.of(services.core().siteSettings().load(), actor, LocalDateTime.now(context.clock()));
    }

    /** 业主登记表 of one unit. */
    @Command(name = "household", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Household implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        DatabaseOption database;

        @Mixin
        SignInOption signIn;

        @Parameters(paramLabel = "ROOM", descriptionKey = "cli.print.room")
        String room;

        @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "cli.print.option.out")
        Path out;

        public Household(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Optional<RoomCode> code = RoomCode.parse(room);
            if (code.isEmpty()) {
                context.err().println(context.messages().format("import.unit.roomForm", room));
                return ExitCode.BAD_INPUT;
            }
            return context.signedIn(database.value(), signIn, Set.of(), (services, actor) -> {
                Optional<Unit> unit = services.estate().units().unit(code.get());
                if (unit.isEmpty()) {
                    context.err().println(context.messages().format("cli.print.noRoom", code.get()));
                    return ExitCode.BAD_INPUT;
                }
                PrintStamp stamp = stamp(services, actor, context);
                services.print().reports().pdf(HouseholdForm.of(services.estate().households().card(unit.get().id()),
                        stamp, stamp.messages()), out);
                context.out().println(context.messages().format("cli.print.done", out));
                return ExitCode.OK;
            });
        }
    }

    /** 测试页 of one printout, with its paper and its saved offset. */
    @Command(name = "testpage", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class TestPageCommand implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        DatabaseOption database;

        @Mixin
        SignInOption signIn;

        @Parameters(paramLabel = "PRINTOUT", descriptionKey = "cli.print.printout")
        String printout;

        @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "cli.print.option.out")
        Path out;

        public TestPageCommand(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Optional<PrintoutType> type = PrintoutTypes.all().stream().filter(candidate -> candidate.id().equals(printout))
                    .findFirst();
            if (type.isEmpty()) {
                context.err().println(context.messages().format("cli.print.noPrintout", printout,
                        PrintoutTypes.all().stream().map(PrintoutType::id).collect(Collectors.joining(", "))));
                return ExitCode.BAD_INPUT;
            }
            return context.signedIn(database.value(), signIn, Set.of(), (services, actor) -> {
                PrintStamp stamp = stamp(services, actor, context);
                services.print().reports().pdf(TestPage.of(type.get(), services.print().offsets().offsetOf(type.get().id()),
                        stamp, stamp.messages()), out);
                context.out().println(context.messages().format("cli.print.done", out));
                return ExitCode.OK;
            });
        }
    }

    /** 收据 by number, marked 重打 (a copy), on the 241 mm form or, with {@code --a5}, on A5. */
    @Command(name = "receipt", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class ReceiptCommand implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        DatabaseOption database;

        @Mixin
        SignInOption signIn;

        @Parameters(paramLabel = "NUMBER", descriptionKey = "cli.void.number")
        String number;

        @Option(names = "--a5", descriptionKey = "cli.print.option.a5")
        boolean a5;

        @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "cli.print.option.out")
        Path out;

        public ReceiptCommand(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            return context.signedIn(database.value(), signIn, Set.of(Permission.VIEW_FEES), (services, actor) -> {
                Optional<Receipt> receipt = services.fees().payments().receipt(number);
                if (receipt.isEmpty()) {
                    context.err().println(context.messages().format("error.fees.noReceipt", number));
                    return ExitCode.BAD_INPUT;
                }
                PrintStamp stamp = stamp(services, actor, context);
                services.print().reports().pdf(ReceiptPrintout.of(receipt.get(), ReceiptPrintout.type(!a5),
                        stamp, stamp.messages(), true), out);
                context.out().println(context.messages().format("cli.print.done", out));
                return ExitCode.OK;
            });
        }
    }

    /** 催缴通知单 of one room, or with {@code --all} of every room two or more months behind. */
    @Command(name = "notice", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class NoticeCommand implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        DatabaseOption database;

        @Mixin
        SignInOption signIn;

        @Parameters(paramLabel = "ROOM", arity = "0..1", descriptionKey = "cli.print.room")
        String room;

        @Option(names = "--all", descriptionKey = "cli.print.option.all")
        boolean all;

        @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.arrears.option.asOf")
        LocalDate asOf;

        @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "cli.print.option.out")
        Path out;

        public NoticeCommand(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            if ((room == null) == !all) {
                context.err().println(context.messages().get("cli.print.roomOrAll"));
                return ExitCode.BAD_INPUT;
            }
            LocalDate day = asOf == null ? LocalDate.now(context.clock()) : asOf;
            return context.signedIn(database.value(), signIn, Set.of(Permission.VIEW_FEES), (services, actor) -> {
                List<ArrearsRow> owing = services.fees().arrears().arrears(actor, day, Optional.empty(), Optional.empty());
                List<ArrearsRow> chosen = all
                        ? owing.stream().filter(row -> row.monthsOwed() >= DunningService.NOTICE_MONTHS).toList()
                        : owing.stream().filter(row -> row.room().equalsIgnoreCase(room.trim())).toList();
                if (chosen.isEmpty()) {
                    context.err().println(all ? context.messages().format("cli.print.nobodyOwes", day)
                            : context.messages().format("cli.print.roomOwesNothing", room, day));
                    return ExitCode.BAD_INPUT;
                }
                PrintStamp stamp = stamp(services, actor, context);
                services.print().reports().pdf(DunningNotice.of(chosen, day, stamp, stamp.messages()), out);
                context.out().println(context.messages().format("cli.print.notices", chosen.size(), out));
                return ExitCode.OK;
            });
        }
    }

    /** 交班日报 of one day: every receipt recorded that day, all cashiers. */
    @Command(name = "shift", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class ShiftCommand implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        DatabaseOption database;

        @Mixin
        SignInOption signIn;

        @Parameters(paramLabel = "YYYY-MM-DD", descriptionKey = "cli.print.day")
        LocalDate day;

        @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "cli.print.option.out")
        Path out;

        public ShiftCommand(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            return context.signedIn(database.value(), signIn, Set.of(Permission.VIEW_FEES), (services, actor) -> {
                PrintStamp stamp = stamp(services, actor, context);
                services.print().reports().pdf(ShiftPrintout.of(services.fees().shifts().day(actor, day),
                        stamp, stamp.messages(), context.clock().getZone()), out);
                context.out().println(context.messages().format("cli.print.done", out));
                return ExitCode.OK;
            });
        }
    }

    /** 派工单 of one request by number, on A5 (the default) or A4, with its deadlines as of now. */
    @Command(name = "workorder", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class WorkOrderCommand implements Callable<Integer> {
        /** The papers the slip comes on. */
        public enum PaperChoice { a5, a4 }

        private final CliContext context;

        @Mixin
        DatabaseOption database;

        @Mixin
        SignInOption signIn;

        @Parameters(paramLabel = "NUMBER", descriptionKey = "cli.print.requestNumber")
        String number;

        @Option(names = "--paper", paramLabel = "a5|a4", defaultValue = "a5", descriptionKey = "cli.print.option.paper")
        PaperChoice paper;

        @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "cli.print.option.out")
        Path out;

        public WorkOrderCommand(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            return context.signedIn(database.value(), signIn, Set.of(Permission.LOG_REQUESTS), (services, actor) -> {
                Optional<ServiceRequest> request = services.repair().lookup().find(number);
                if (request.isEmpty()) {
                    context.err().println(context.messages().format("error.request.notFound", number));
                    return ExitCode.BAD_INPUT;
                }
                PrintStamp stamp = stamp(services, actor, context);
                services.print().reports().pdf(WorkOrderPrintout.of(request.get(), WorkOrderPrintout.type(paper == PaperChoice.a4),
                        stamp, stamp.messages(), context.clock().instant(), context.clock().getZone()), out);
                context.out().println(context.messages().format("cli.print.done", out));
                return ExitCode.OK;
            });
        }
    }
}
