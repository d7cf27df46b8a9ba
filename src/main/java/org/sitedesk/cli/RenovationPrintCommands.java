package org.sitedesk.cli;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.users.Permission;
import org.sitedesk.print.PrintStamp;
import org.sitedesk.renovation.Acceptance;
import org.sitedesk.renovation.AcceptancePrintout;
import org.sitedesk.renovation.DepositLedgerPrintout;
import org.sitedesk.renovation.PermitPrintout;
import org.sitedesk.renovation.RectificationNotice;
import org.sitedesk.renovation.RectificationPrintout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The renovation printouts of {@code sitedesk print} (issue 18 item 9): the permit with its
 * agreement, the newest rectification notice, the newest acceptance and the deposit ledger, each of
 * a permit by number. A number that is not there exits 2 naming it.
 */
public final class RenovationPrintCommands {
    private RenovationPrintCommands() {
    }

    /** 施工许可证 and 装修管理服务协议, with the workers registered so far. */
    @Command(name = "permit", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class PermitCommand implements Callable<Integer> {
        private final CliContext context;
        @Mixin
        DatabaseOption database;
        @Mixin
        SignInOption signIn;
        @Parameters(paramLabel = "NUMBER", descriptionKey = "cli.renovation.number")
        String number;
        @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "cli.print.option.out")
        Path out;

        public PermitCommand(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            return RenovationCommand.withRenovation(context, database.value(), signIn, Permission.REGISTER_RENOVATIONS, number,
                    (services, actor) -> renovation -> {
                        PrintStamp stamp = PrintCommand.stamp(services, actor, context);
                        services.print().reports().pdf(PermitPrintout.of(renovation, services.renovation().settings().load(),
                                services.renovation().lookup().workers(renovation.id()), stamp, stamp.messages()), out);
                        context.out().println(context.messages().format("cli.print.done", out));
                        return ExitCode.OK;
                    });
        }
    }

    /**
     * 整改通知书: the permit's newest notice, whatever its state (the one a clerk has just issued, or
     * reprints for the file), with the inspection that found it.
     */
    @Command(name = "rectification", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class RectificationCommand implements Callable<Integer> {
        private final CliContext context;
        @Mixin
        DatabaseOption database;
        @Mixin
        SignInOption signIn;
        @Parameters(paramLabel = "NUMBER", descriptionKey = "cli.renovation.number")
        String number;
        @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "cli.print.option.out")
        Path out;

        public RectificationCommand(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            return RenovationCommand.withRenovation(context, database.value(), signIn, Permission.INSPECT_RENOVATIONS, number,
                    (services, actor) -> renovation -> {
                        List<RectificationNotice> notices = services.renovation().lookup().notices(renovation.id());
                        RectificationNotice newest = notices.stream().max(Comparator.comparingLong(RectificationNotice::id))
                                .orElseThrow(() -> new UserFacingException("error.renovation.noNotice", renovation.number()));
                        PrintStamp stamp = PrintCommand.stamp(services, actor, context);
                        services.print().reports().pdf(RectificationPrintout.of(renovation, newest,
                                services.renovation().lookup().inspectionOf(newest), stamp, stamp.messages()), out);
                        context.out().println(context.messages().format("cli.print.done", out));
                        return ExitCode.OK;
                    });
        }
    }

    /** 竣工验收表 of the permit's newest acceptance. */
    @Command(name = "acceptance", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class AcceptanceCommand implements Callable<Integer> {
        private final CliContext context;
        @Mixin
        DatabaseOption database;
        @Mixin
        SignInOption signIn;
        @Parameters(paramLabel = "NUMBER", descriptionKey = "cli.renovation.number")
        String number;
        @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "cli.print.option.out")
        Path out;

        public AcceptanceCommand(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            return RenovationCommand.withRenovation(context, database.value(), signIn, Permission.INSPECT_RENOVATIONS, number,
                    (services, actor) -> renovation -> {
                        Acceptance newest = services.renovation().lookup().acceptances(renovation.id()).stream().findFirst()
                                .orElseThrow(() -> new UserFacingException("error.renovation.noAcceptance", renovation.number()));
                        PrintStamp stamp = PrintCommand.stamp(services, actor, context);
                        services.print().reports().pdf(AcceptancePrintout.of(renovation, newest, stamp, stamp.messages()), out);
                        context.out().println(context.messages().format("cli.print.done", out));
                        return ExitCode.OK;
                    });
        }
    }

    /** 装修押金台账: paid, each deduction, handed back, the balance. */
    @Command(name = "deposit", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class DepositCommand implements Callable<Integer> {
        private final CliContext context;
        @Mixin
        DatabaseOption database;
        @Mixin
        SignInOption signIn;
        @Parameters(paramLabel = "NUMBER", descriptionKey = "cli.renovation.number")
        String number;
        @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "cli.print.option.out")
        Path out;

        public DepositCommand(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            return RenovationCommand.withRenovation(context, database.value(), signIn, Permission.REGISTER_RENOVATIONS, number,
                    (services, actor) -> renovation -> {
                        PrintStamp stamp = PrintCommand.stamp(services, actor, context);
                        services.print().reports().pdf(DepositLedgerPrintout.of(renovation,
                                services.renovation().lookup().deposit(renovation), stamp, stamp.messages()), out);
                        context.out().println(context.messages().format("cli.print.done", out));
                        return ExitCode.OK;
                    });
        }
    }
}
