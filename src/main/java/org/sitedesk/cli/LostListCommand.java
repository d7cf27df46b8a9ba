package org.sitedesk.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sitedesk.core.users.Permission;
import org.sitedesk.estate.files.TableWriter;
import org.sitedesk.lostfound.FoundItem;
import org.sitedesk.lostfound.RegisterFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sitedesk lost list [--due-on DATE] [--format csv]}: the register, or with {@code --due-on}
 * the unclaimed items whose year (or perishable period) ended before that day began. CSV header
 * exactly {@code number,what,category,found_at,state,notice_posted,due_on}.
 */
@Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false)
public final class LostListCommand implements Callable<Integer> {
    static final String CSV_HEADER = "number,what,category,found_at,state,notice_posted,due_on";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CliContext context;

    @Mixin
    DatabaseOption database;

    @Mixin
    SignInOption signIn;

    @Option(names = "--due-on", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.lost.option.dueOn")
    String dueOn;

    @Option(names = "--format", paramLabel = "text|csv", defaultValue = "text", descriptionKey = "cli.find.option.format")
    String format;

    public LostListCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Optional<LocalDate> day = dueOn == null ? Optional.empty() : LostCommand.date(dueOn);
        if (dueOn != null && day.isEmpty()) {
            context.err().println(context.messages().format("cli.pay.dateForm", dueOn));
            return ExitCode.BAD_INPUT;
        }
        if (!"text".equalsIgnoreCase(format) && !"csv".equalsIgnoreCase(format)) {
            context.err().println(context.messages().format("cli.lost.formatUnknown", format));
            return ExitCode.BAD_INPUT;
        }
        return context.signedIn(database.value(), signIn, Set.of(Permission.HANDLE_LOST_AND_FOUND), (services, actor) -> {
            List<FoundItem> items = day.isPresent() ? services.lostFound().lookup().dueBy(actor, day.get())
                    : services.lostFound().lookup().register(actor, RegisterFilter.all());
            if ("csv".equalsIgnoreCase(format)) {
                context.out().println(CSV_HEADER);
                for (FoundItem item : items) {
                    context.out().println(TableWriter.csvLine(List.of(item.number(), item.description(),
                            item.category().name(), item.foundAt().format(TIME), item.state().word(),
                            item.noticePosted().map(Object::toString).orElse(""),
                            item.dueOn().map(Object::toString).orElse(""))));
                }
            } else {
                for (FoundItem item : items) {
                    context.out().println(context.messages().format("cli.lost.line", item.number(), item.description(),
                            item.category().name(), item.foundAt().format(TIME), context.messages().get(item.state()),
                            item.noticePosted().map(Object::toString).orElse("—"),
                            item.dueOn().map(Object::toString).orElse("—")));
                }
            }
            return ExitCode.OK;
        });
    }
}
