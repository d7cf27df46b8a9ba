package org.sitedesk.cli;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sitedesk.core.users.Permission;
import org.sitedesk.estate.IdType;
import org.sitedesk.lostfound.ClaimDraft;
import org.sitedesk.lostfound.FoundItem;
import org.sitedesk.lostfound.LostReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitedesk lost claim NUMBER --claimant NAME --id-type TYPE --id-number N}: hands an item back
 * (a resident ID checked by GB 11643); a bad number, an item already claimed or with the police is
 * refused with exit 2 and nothing changes.
 */
@Command(name = "claim", mixinStandardHelpOptions = true, sortOptions = false)
public final class LostClaimCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    DatabaseOption database;

    @Mixin
    SignInOption signIn;

    @Parameters(paramLabel = "NUMBER", descriptionKey = "cli.lost.number")
    String number;

    @Option(names = "--claimant", paramLabel = "NAME", required = true, descriptionKey = "cli.lost.option.claimant")
    String claimant;

    @Option(names = "--id-type", paramLabel = "TYPE", required = true, descriptionKey = "cli.lost.option.idType")
    String idType;

    @Option(names = "--id-number", paramLabel = "N", required = true, descriptionKey = "cli.lost.option.idNumber")
    String idNumber;

    @Option(names = "--phone", paramLabel = "PHONE", descriptionKey = "cli.lost.option.phone")
    String phone;

    @Option(names = "--proof", paramLabel = "TEXT", descriptionKey = "cli.lost.option.proof")
    String proof;

    @Option(names = "--returned", paramLabel = "TEXT", descriptionKey = "cli.lost.option.returned")
    String returned;

    @Option(names = "--cost", paramLabel = "TEXT", descriptionKey = "cli.lost.option.cost")
    String cost;

    @Option(names = "--report", paramLabel = "GS-NUMBER", descriptionKey = "cli.lost.option.report")
    String report;

    public LostClaimCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Optional<IdType> type = IdType.ofWord(idType);
        if (type.isEmpty()) {
            context.err().println(context.messages().format("cli.lost.idTypeUnknown", idType));
            return ExitCode.BAD_INPUT;
        }
        return context.signedIn(database.value(), signIn, Set.of(Permission.HANDLE_LOST_AND_FOUND), (services, actor) -> {
            Optional<Long> reportId = Optional.empty();
            if (report != null) {
                Optional<LostReport> found = services.lostFound().reports().find(actor, report);
                if (found.isEmpty()) {
                    context.err().println(context.messages().format("cli.lost.noReport", report));
                    return ExitCode.BAD_INPUT;
                }
                reportId = Optional.of(found.get().id());
            }
            FoundItem item = services.lostFound().claims().claim(actor, number, new ClaimDraft(claimant, type.get(),
                    idNumber, phone, proof, returned, cost, reportId));
            context.out().println(context.messages().format("cli.lost.claimed", item.number(),
                    item.claim().orElseThrow().claimant(), context.messages().get(type.get()),
                    item.claim().orElseThrow().maskedIdNumber()));
            return ExitCode.OK;
        });
    }
}
