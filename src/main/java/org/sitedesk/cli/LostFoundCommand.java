package org.sitedesk.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Permission;
import org.sitedesk.lostfound.FinderKind;
import org.sitedesk.lostfound.FoundItem;
import org.sitedesk.lostfound.FoundItemDraft;
import org.sitedesk.lostfound.Match;
import org.sitedesk.lostfound.ValueClass;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sitedesk lost found --what --category --where --at --finder [--cash --witness]}: logs a found
 * item; open lost reports it may answer are named; the last line is the item number.
 */
@Command(name = "found", mixinStandardHelpOptions = true, sortOptions = false)
public final class LostFoundCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    DatabaseOption database;

    @Mixin
    SignInOption signIn;

    @Option(names = "--what", paramLabel = "TEXT", required = true, descriptionKey = "cli.lost.option.what")
    String what;

    @Option(names = "--category", paramLabel = "CAT", required = true, descriptionKey = "cli.lost.option.category")
    String category;

    @Option(names = "--where", paramLabel = "TEXT", required = true, descriptionKey = "cli.lost.option.where")
    String where;

    @Option(names = "--at", paramLabel = "DATE-TIME", required = true, descriptionKey = "cli.lost.option.at")
    String at;

    @Option(names = "--finder", paramLabel = "NAME", required = true, descriptionKey = "cli.lost.option.finder")
    String finder;

    @Option(names = "--cash", paramLabel = "AMOUNT", descriptionKey = "cli.lost.option.cash")
    String cash;

    @Option(names = "--witness", paramLabel = "NAME", descriptionKey = "cli.lost.option.witness")
    String witness;

    @Option(names = "--private", paramLabel = "TEXT", descriptionKey = "cli.lost.option.private")
    String privateDetail;

    @Option(names = "--finder-phone", paramLabel = "PHONE", descriptionKey = "cli.lost.option.finderPhone")
    String finderPhone;

    @Option(names = "--finder-kind", paramLabel = "staff|resident|visitor", defaultValue = "resident",
            descriptionKey = "cli.lost.option.finderKind")
    String finderKind;

    @Option(names = "--storage", paramLabel = "TEXT", descriptionKey = "cli.lost.option.storage")
    String storage;

    @Option(names = "--value", paramLabel = "ordinary|valuable|perishable", defaultValue = "ordinary",
            descriptionKey = "cli.lost.option.value")
    String value;

    @Option(names = "--photo", paramLabel = "FILE", descriptionKey = "cli.lost.option.photo")
    Path photo;

    public LostFoundCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Optional<LocalDateTime> foundAt = LostCommand.dateTime(at);
        Optional<Money> amount = cash == null ? Optional.empty() : LostCommand.money(cash);
        Optional<ValueClass> valueClass = ValueClass.ofWord(value);
        Optional<FinderKind> kind = finderKind(finderKind);
        String problem = foundAt.isEmpty() ? context.messages().format("cli.lost.dateTimeForm", at)
                : cash != null && amount.isEmpty() ? context.messages().format("cli.lost.amountForm", cash)
                : valueClass.isEmpty() ? context.messages().format("cli.lost.valueUnknown", value)
                : kind.isEmpty() ? context.messages().format("cli.lost.finderKindUnknown", finderKind) : null;
        if (problem != null) {
            context.err().println(problem);
            return ExitCode.BAD_INPUT;
        }
        FoundItemDraft draft = new FoundItemDraft(what, privateDetail, category, where, foundAt.get(), finder, finderPhone,
                kind.get(), storage, valueClass.get(), amount, witness, Optional.ofNullable(photo));
        return context.signedIn(database.value(), signIn, Set.of(Permission.HANDLE_LOST_AND_FOUND), (services, actor) -> {
            FoundItem item = services.lostFound().intake().log(actor, draft);
            context.out().println(context.messages().format("cli.lost.logged", item.number(), item.description(),
                    item.category().name()));
            List<Match> matches = services.lostFound().matching().forItem(actor, item.number());
            for (Match match : matches) {
                context.out().println(context.messages().format("cli.lost.matchesReport", match.report().number(),
                        match.report().reporter(), String.join("、", match.commonWords())));
            }
            context.out().println(item.number());
            return ExitCode.OK;
        });
    }

    private static Optional<FinderKind> finderKind(String word) {
        for (FinderKind candidate : FinderKind.values()) {
            if (candidate.name().equalsIgnoreCase(word.trim())) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
