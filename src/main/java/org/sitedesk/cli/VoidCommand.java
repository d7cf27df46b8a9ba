package org.sitedesk.cli;

import java.util.Set;
import java.util.concurrent.Callable;
import org.sitedesk.core.users.Permission;
import org.sitedesk.fees.Receipt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitedesk void NUMBER --reason R}: 作废; the receipt stays in the register, marked void. */
@Command(name = "void", mixinStandardHelpOptions = true, sortOptions = false)
public final class VoidCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    DatabaseOption database;

    @Mixin
    SignInOption signIn;

    @Parameters(paramLabel = "NUMBER", descriptionKey = "cli.void.number")
    String number;

    @Option(names = "--reason", paramLabel = "TEXT", required = true, descriptionKey = "cli.void.option.reason")
    String reason;

    public VoidCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        return context.signedIn(database.value(), signIn, Set.of(Permission.VOID_RECEIPTS), (services, actor) -> {
            Receipt voided = services.fees().payments().voidReceipt(actor, number, reason);
            context.out().println(context.messages().format("cli.void.done", voided.number(),
                    voided.amount().amount().toPlainString()));
            return ExitCode.OK;
        });
    }
}
