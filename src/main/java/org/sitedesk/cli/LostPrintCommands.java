package org.sitedesk.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sitedesk.app.Services;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.lostfound.ClaimReceiptPrintout;
import org.sitedesk.lostfound.FoundItem;
import org.sitedesk.lostfound.HandOverListPrintout;
import org.sitedesk.lostfound.LostNoticePrintout;
import org.sitedesk.lostfound.LostReport;
import org.sitedesk.print.PrintStamp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The lost and found printouts of {@code sitedesk print}: the notice, the claim receipt, the hand-over list. */
public final class LostPrintCommands {
    private LostPrintCommands() {
    }

    /** An item by number, or the sentence that names the number not found. */
    private static Optional<FoundItem> item(Services services, Actor actor, CliContext context, String number) {
        Optional<FoundItem> item = services.lostFound().lookup().find(actor, number);
        if (item.isEmpty()) {
            context.err().println(context.messages().format("error.lost.noItem", number.trim()));
        }
        return item;
    }

    /** 招领启事 of one or several items whose notice is recorded ({@code sitedesk lost notice}). */
    @Command(name = "lostnotice", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class NoticeCommand implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        DatabaseOption database;

        @Mixin
        SignInOption signIn;

        @Parameters(paramLabel = "NUMBER", arity = "1..*", descriptionKey = "cli.lost.numbers")
        List<String> numbers;

        @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "cli.print.option.out")
        Path out;

        public NoticeCommand(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            return context.signedIn(database.value(), signIn, Set.of(Permission.HANDLE_LOST_AND_FOUND), (services, actor) -> {
                List<FoundItem> items = new ArrayList<>();
                for (String number : numbers) {
                    Optional<FoundItem> item = item(services, actor, context, number);
                    if (item.isEmpty()) {
                        return ExitCode.BAD_INPUT;
                    }
                    if (item.get().noticePosted().isEmpty()) {
                        context.err().println(context.messages().format("cli.lost.noticeNotPosted", item.get().number()));
                        return ExitCode.BAD_INPUT;
                    }
                    items.add(item.get());
                }
                PrintStamp stamp = PrintCommand.stamp(services, actor, context);
                services.print().reports().pdf(LostNoticePrintout.of(items, stamp, stamp.messages()), out);
                context.out().println(context.messages().format("cli.print.done", out));
                return ExitCode.OK;
            });
        }
    }

    /** 失物领取单 of a claimed item. */
    @Command(name = "claim", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class ClaimCommand implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        DatabaseOption database;

        @Mixin
        SignInOption signIn;

        @Parameters(paramLabel = "NUMBER", descriptionKey = "cli.lost.number")
        String number;

        @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "cli.print.option.out")
        Path out;

        public ClaimCommand(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            return context.signedIn(database.value(), signIn, Set.of(Permission.HANDLE_LOST_AND_FOUND), (services, actor) -> {
                Optional<FoundItem> item = item(services, actor, context, number);
                if (item.isEmpty()) {
                    return ExitCode.BAD_INPUT;
                }
                if (item.get().claim().isEmpty()) {
                    context.err().println(context.messages().format("error.lost.notClaimed", item.get().number()));
                    return ExitCode.BAD_INPUT;
                }
                String report = services.lostFound().reports().returnedWith(actor, item.get().number())
                        .map(LostReport::number).orElse("");
                PrintStamp stamp = PrintCommand.stamp(services, actor, context);
                services.print().reports().pdf(ClaimReceiptPrintout.of(item.get(), report, stamp, stamp.messages(),
                        context.clock().getZone()), out);
                context.out().println(context.messages().format("cli.print.done", out));
                return ExitCode.OK;
            });
        }
    }

    /** 移交清单 of the hand-over an item was on. */
    @Command(name = "handover", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class HandOverCommand implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        DatabaseOption database;

        @Mixin
        SignInOption signIn;

        @Parameters(paramLabel = "NUMBER", descriptionKey = "cli.lost.number")
        String number;

        @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "cli.print.option.out")
        Path out;

        public HandOverCommand(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            return context.signedIn(database.value(), signIn, Set.of(Permission.HANDLE_LOST_AND_FOUND), (services, actor) -> {
                List<FoundItem> items = services.lostFound().handOvers().sameHandOver(actor, number);
                PrintStamp stamp = PrintCommand.stamp(services, actor, context);
                services.print().reports().pdf(HandOverListPrintout.of(items, stamp, stamp.messages()), out);
                context.out().println(context.messages().format("cli.print.done", out));
                return ExitCode.OK;
            });
        }
    }
}
