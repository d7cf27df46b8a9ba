package org.sitedesk.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sitedesk.core.users.Permission;
import org.sitedesk.lostfound.FoundItem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitedesk lost notice NUMBER... [--posted DATE]}: records the day a 招领启事 went up for the
 * items (today when not given), from which their year runs; {@code print lostnotice} prints it.
 */
@Command(name = "notice", mixinStandardHelpOptions = true, sortOptions = false)
public final class LostNoticeCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    DatabaseOption database;

    @Mixin
    SignInOption signIn;

    @Parameters(paramLabel = "NUMBER", arity = "1..*", descriptionKey = "cli.lost.numbers")
    List<String> numbers;

    @Option(names = "--posted", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.lost.option.posted")
    String posted;

    public LostNoticeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Optional<LocalDate> day = posted == null ? Optional.of(LocalDate.now(context.clock())) : LostCommand.date(posted);
        if (day.isEmpty()) {
            context.err().println(context.messages().format("cli.pay.dateForm", posted));
            return ExitCode.BAD_INPUT;
        }
        return context.signedIn(database.value(), signIn, Set.of(Permission.HANDLE_LOST_AND_FOUND), (services, actor) -> {
            for (FoundItem item : services.lostFound().notices().post(actor, numbers, day.get())) {
                context.out().println(context.messages().format("cli.lost.noticePosted", item.number(),
                        item.noticePosted().orElseThrow(), item.dueOn().map(Object::toString).orElse("")));
            }
            return ExitCode.OK;
        });
    }
}
