package org.sitedesk.cli;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.sitedesk.core.users.Permission;
import org.sitedesk.lostfound.DisposalWay;
import org.sitedesk.lostfound.FoundItem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitedesk lost dispose NUMBER --how donated|destroyed|authorities [--note TEXT]}: a supervisor
 * disposes of an item whose period is over (民法典 318); before that it is refused with exit 2.
 */
@Command(name = "dispose", mixinStandardHelpOptions = true, sortOptions = false)
public final class LostDisposeCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    DatabaseOption database;

    @Mixin
    SignInOption signIn;

    @Parameters(paramLabel = "NUMBER", descriptionKey = "cli.lost.number")
    String number;

    @Option(names = "--how", paramLabel = "TEXT", required = true, descriptionKey = "cli.lost.option.how")
    String how;

    @Option(names = "--note", paramLabel = "TEXT", descriptionKey = "cli.lost.option.note")
    String note;

    public LostDisposeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Optional<DisposalWay> way = DisposalWay.ofWord(how);
        if (way.isEmpty()) {
            context.err().println(context.messages().format("cli.lost.howUnknown", how,
                    Arrays.stream(DisposalWay.values()).map(DisposalWay::word).collect(Collectors.joining(", "))));
            return ExitCode.BAD_INPUT;
        }
        return context.signedIn(database.value(), signIn, Set.of(Permission.SUPERVISE_LOST_AND_FOUND), (services, actor) -> {
            FoundItem item = services.lostFound().disposals().dispose(actor, number, way.get(), note);
            context.out().println(context.messages().format("cli.lost.disposed", item.number(),
                    context.messages().get(way.get()), item.disposal().orElseThrow().disposedOn()));
            return ExitCode.OK;
        });
    }
}
