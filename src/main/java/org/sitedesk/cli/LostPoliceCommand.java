package org.sitedesk.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sitedesk.core.users.Permission;
import org.sitedesk.lostfound.FoundItem;
import org.sitedesk.lostfound.HandOverDraft;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitedesk lost police NUMBER... --station TEXT --officer NAME [--officer-number N] [--on DATE]}:
 * items handed to the police station together; {@code print handover} prints their list.
 */
@Command(name = "police", mixinStandardHelpOptions = true, sortOptions = false)
public final class LostPoliceCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    DatabaseOption database;

    @Mixin
    SignInOption signIn;

    @Parameters(paramLabel = "NUMBER", arity = "1..*", descriptionKey = "cli.lost.numbers")
    List<String> numbers;

    @Option(names = "--station", paramLabel = "TEXT", required = true, descriptionKey = "cli.lost.option.station")
    String station;

    @Option(names = "--officer", paramLabel = "NAME", required = true, descriptionKey = "cli.lost.option.officer")
    String officer;

    @Option(names = "--officer-number", paramLabel = "N", descriptionKey = "cli.lost.option.officerNumber")
    String officerNumber;

    @Option(names = "--on", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.lost.option.on")
    String on;

    public LostPoliceCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Optional<LocalDate> day = on == null ? Optional.of(LocalDate.now(context.clock())) : LostCommand.date(on);
        if (day.isEmpty()) {
            context.err().println(context.messages().format("cli.pay.dateForm", on));
            return ExitCode.BAD_INPUT;
        }
        return context.signedIn(database.value(), signIn, Set.of(Permission.HANDLE_LOST_AND_FOUND), (services, actor) -> {
            for (FoundItem item : services.lostFound().handOvers().handOver(actor, numbers,
                    new HandOverDraft(station, officer, officerNumber, day.get()))) {
                context.out().println(context.messages().format("cli.lost.handedOver", item.number(),
                        item.handOver().orElseThrow().station(), item.handOver().orElseThrow().officerName(), day.get()));
            }
            return ExitCode.OK;
        });
    }
}
