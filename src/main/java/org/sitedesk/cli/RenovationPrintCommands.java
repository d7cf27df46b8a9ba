package org.sitedesk.cli;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitedesk.app.Services;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.users.Permission;
import org.sitedesk.print.PrintStamp;
import org.sitedesk.print.Printout;
import org.sitedesk.renovation.Acceptance;
import org.sitedesk.renovation.AcceptancePrintout;
import org.sitedesk.renovation.DepositLedgerPrintout;
import org.sitedesk.renovation.PermitPrintout;
import org.sitedesk.renovation.RectificationNotice;
import org.sitedesk.renovation.RectificationPrintout;
import org.sitedesk.renovation.Renovation;
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

    /** What every renovation printout command takes: the permit's number and the file to write, signed in. */
    abstract static class PermitPrintCommand implements Callable<Integer> {
        private final CliContext context;
        private final Permission permission;
        @Mixin
        DatabaseOption database;
        @Mixin
        SignInOption signIn;
        @Parameters(paramLabel = "NUMBER", descriptionKey = "cli.renovation.number")
        String number;
        @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "cli.print.option.out")
        Path out;

        PermitPrintCommand(CliContext context, Permission permission) {
            this.context = context;
            this.permission = permission;
        }

        /** The printout of {@code renovation}; a refusal is a {@link UserFacingException}. */
        abstract Printout printout(Services services, Renovation renovation, PrintStamp stamp);

        @Override
        public Integer call() {
            return RenovationCommand.withRenovation(context, database.value(), signIn, permission, number,
                    (services, actor) -> renovation -> {
                        PrintStamp stamp = PrintCommand.stamp(services, actor, context);
                        services.print().reports().pdf(printout(services, renovation, stamp), out);
                        context.out().println(context.messages().format("cli.print.done", out));
                        return ExitCode.OK;
                    });
        }
    }

    /** 施工许可证 and 装修管理服务协议, with the workers registered so far. */
    @Command(name = "permit", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class PermitCommand extends PermitPrintCommand {
        public PermitCommand(CliContext context) {
            super(context, Permission.REGISTER_RENOVATIONS);
        }

        @Override
        Printout printout(Services services, Renovation renovation, PrintStamp stamp) {
            return PermitPrintout.of(renovation, services.renovation().settings().load(),
                    services.renovation().lookup().workers(renovation.id()), stamp, stamp.messages());
        }
    }

    /**
     * 整改通知书: the permit's newest notice, whatever its state (the one a clerk has just issued, or
     * reprints for the file), with the inspection that found it.
     */
    @Command(name = "rectification", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class RectificationCommand extends PermitPrintCommand {
        public RectificationCommand(CliContext context) {
            super(context, Permission.INSPECT_RENOVATIONS);
        }

        @Override
        Printout printout(Services services, Renovation renovation, PrintStamp stamp) {
            List<RectificationNotice> notices = services.renovation().lookup().notices(renovation.id());
            RectificationNotice newest = notices.stream().max(Comparator.comparingLong(RectificationNotice::id))
                    .orElseThrow(() -> new UserFacingException("error.renovation.noNotice", renovation.number()));
            return RectificationPrintout.of(renovation, newest, services.renovation().lookup().inspectionOf(newest), stamp,
                    stamp.messages());
        }
    }

    /** 竣工验收表 of the permit's newest acceptance. */
    @Command(name = "acceptance", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class AcceptanceCommand extends PermitPrintCommand {
        public AcceptanceCommand(CliContext context) {
            super(context, Permission.INSPECT_RENOVATIONS);
        }

        @Override
        Printout printout(Services services, Renovation renovation, PrintStamp stamp) {
            Acceptance newest = services.renovation().lookup().acceptances(renovation.id()).stream().findFirst()
                    .orElseThrow(() -> new UserFacingException("error.renovation.noAcceptance", renovation.number()));
            return AcceptancePrintout.of(renovation, newest, stamp, stamp.messages());
        }
    }

    /** 装修押金台账: paid, each deduction, handed back, the balance. */
    @Command(name = "deposit", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class DepositCommand extends PermitPrintCommand {
        public DepositCommand(CliContext context) {
            super(context, Permission.REGISTER_RENOVATIONS);
        }

        @Override
        Printout printout(Services services, Renovation renovation, PrintStamp stamp) {
            return DepositLedgerPrintout.of(renovation, services.renovation().lookup().deposit(renovation), stamp,
                    stamp.messages());
        }
    }
}
