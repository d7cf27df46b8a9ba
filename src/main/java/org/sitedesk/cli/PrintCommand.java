package org.sitedesk.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitedesk.core.Services;
import org.sitedesk.core.db.Database;
import org.sitedesk.estate.HouseholdForm;
import org.sitedesk.estate.RoomCode;
import org.sitedesk.estate.Unit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitedesk print household ROOM --out F.pdf}: a printout rendered to PDF without a window. */
@Command(name = "print", mixinStandardHelpOptions = true, subcommands = PrintCommand.Household.class)
public final class PrintCommand {
    /** 业主登记表 of one unit. */
    @Command(name = "household", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Household implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        DatabaseOption database;

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
            try (Database db = Database.open(context.database(database.value()))) {
                Services services = Services.wire(db, context.clock());
                Optional<Unit> unit = services.estate().unit(code.get());
                if (unit.isEmpty()) {
                    context.err().println(context.messages().format("cli.print.noRoom", code.get()));
                    return ExitCode.BAD_INPUT;
                }
                services.reports().pdf(HouseholdForm.of(services.households().card(unit.get().id()),
                        services.siteSettings().load(), context.messages(), context.actor(),
                        LocalDateTime.now(context.clock())), out);
                context.out().println(context.messages().format("cli.print.done", out));
                return ExitCode.OK;
            }
        }
    }
}
