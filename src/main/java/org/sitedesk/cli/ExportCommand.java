package org.sitedesk.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sitedesk.core.users.Permission;
import org.sitedesk.repair.RequestRegister;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitedesk export units|owners|fee_items|requests|archive|access_cards --format csv|xlsx --out F}: the
 * estate and fee items in files that import back unchanged; the request and archive registers in the language of
 * the command line; the card numbers valid and invalid today for a site's access-control (门禁) system.
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false)
public final class ExportCommand implements Callable<Integer> {
    /** The registers that can be exported, each with the permission of the window's screen that shows it. */
    public enum Register {
        units(Permission.MANAGE_ESTATE),
        owners(Permission.EXPORT_PERSONAL_DATA),
        fee_items(Permission.VIEW_FEES),
        requests(Permission.LOG_REQUESTS),
        archive(Permission.EXPORT_PERSONAL_DATA),
        access_cards(Permission.ISSUE_PASSES);

        private final Permission permission;

        Register(Permission permission) {
            this.permission = permission;
        }
    }

    /** The file formats. */
    public enum Format { csv, xlsx }

    private final CliContext context;

    @Mixin
    DatabaseOption database;

    @Mixin
    SignInOption signIn;

    @Parameters(paramLabel = "TABLE", descriptionKey = "cli.export.table")
    Register register;

    @Option(names = "--format", paramLabel = "csv|xlsx", defaultValue = "csv", descriptionKey = "cli.export.option.format")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "cli.export.option.out")
    Path out;

    public ExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Path file = out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + format.name())
                ? out : out.resolveSibling(out.getFileName() + "." + format.name());
        return context.signedIn(database.value(), signIn, Set.of(register.permission), (services, actor) -> {
            int rows = switch (register) {
                case units -> services.estate().exports().exportUnits(file);
                case owners -> services.estate().exports().exportOwners(actor, file);
                case fee_items -> services.fees().items().export(file);
                case requests -> new RequestRegister(context.messages(), context.clock().getZone())
                        .write(file, services.repair().lookup().all());
                case access_cards -> services.keys().register().exportForAccessControl(actor, file);
                case archive -> services.archive().register().export(actor, file, java.time.LocalDate.now(context.clock()),
                        context.messages());
            };
            context.out().println(context.messages().format("cli.export.done", rows, file));
            return ExitCode.OK;
        });
    }
}
