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
import org.sitedesk.archive.Box;
import org.sitedesk.archive.BoxLabels;
import org.sitedesk.archive.CataloguePrintout;
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
import org.sitedesk.keys.Pass;
import org.sitedesk.keys.PassCardPrintout;
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
                PrintCommand.PassCardCommand.class, PrintCommand.CatalogueCommand.class, PrintCommand.LabelsCommand.class,
                LostPrintCommands.NoticeCommand.class, LostPrintCommands.ClaimCommand.class,
                LostPrintCommands.HandOverCommand.class, RenovationPrintCommands.PermitCommand.class,
                RenovationPrintCommands.RectificationCommand.class, RenovationPrintCommands.AcceptanceCommand.class,
                RenovationPrintCommands.DepositCommand.class})
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

    /** 出入证 of one pass by number, on a CR80 card with the number as a QR code. */
    @Command(name = "pass", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class PassCardCommand implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        DatabaseOption database;

        @Mixin
        SignInOption signIn;

        @Parameters(paramLabel = "NUMBER", descriptionKey = "cli.pass.number")
        String number;

        @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "cli.print.option.out")
        Path out;

        public PassCardCommand(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            return context.signedIn(database.value(), signIn, Set.of(Permission.ISSUE_PASSES), (services, actor) -> {
                Optional<Pass> pass = services.keys().register().find(actor, number);
                if (pass.isEmpty()) {
                    context.err().println("sitedesk: " + context.messages().format("error.pass.notFound", number));
                    return ExitCode.BAD_INPUT;
                }
                PrintStamp stamp = stamp(services, actor, context);
                services.print().reports().pdf(PassCardPrintout.of(pass.get(), stamp, stamp.messages()), out);
                context.out().println(context.messages().format("cli.print.done", out));
                return ExitCode.OK;
            });
        }
    }

    /** 业主档案目录: every box, or the one {@code --box} names, each on pages of its own. */
    @Command(name = "catalogue", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class CatalogueCommand implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        DatabaseOption database;

        @Mixin
        SignInOption signIn;

        @Option(names = "--box", paramLabel = "BOX", descriptionKey = "cli.print.option.box")
        String box;

        @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "cli.print.option.out")
        Path out;

        public CatalogueCommand(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            return context.signedIn(database.value(), signIn, Set.of(Permission.VIEW_ARCHIVE), (services, actor) -> {
                List<Box> boxes = box == null ? services.archive().shelves().boxes() : List.of(services.archive().shelves()
                        .box(box).orElseThrow(() -> new CliRefusal(context.messages().format("error.archiveBox.notFound", box))));
                List<CataloguePrintout.BoxContents> contents = boxes.stream().map(one -> new CataloguePrintout.BoxContents(one,
                        services.archive().lookup().inBox(actor, one.id()))).toList();
                PrintStamp stamp = stamp(services, actor, context);
                services.print().reports().pdf(CataloguePrintout.of(contents, LocalDate.now(context.clock()), stamp,
                        stamp.messages()), out);
                context.out().println(context.messages().format("cli.print.done", out));
                return ExitCode.OK;
            });
        }
    }

    /** 档案标贴 of the boxes named with {@code --box} (as many as wanted), eight to a sheet. */
    @Command(name = "labels", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class LabelsCommand implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        DatabaseOption database;

        @Mixin
        SignInOption signIn;

        @Option(names = "--box", paramLabel = "BOX", required = true, descriptionKey = "cli.print.option.labelBox")
        List<String> boxes;

        @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "cli.print.option.out")
        Path out;

        public LabelsCommand(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            return context.signedIn(database.value(), signIn, Set.of(Permission.VIEW_ARCHIVE), (services, actor) -> {
                List<Box> chosen = boxes.stream().map(code -> services.archive().shelves().box(code).orElseThrow(
                        () -> new CliRefusal(context.messages().format("error.archiveBox.notFound", code)))).toList();
                PrintStamp stamp = stamp(services, actor, context);
                services.print().reports().pdf(BoxLabels.of(chosen, stamp, stamp.messages()), out);
                context.out().println(context.messages().format("cli.print.done", out));
                return ExitCode.OK;
            });
        }
    }
}
