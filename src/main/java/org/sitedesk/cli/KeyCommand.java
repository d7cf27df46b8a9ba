package org.sitedesk.cli;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sitedesk.app.Services;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.estate.IdType;
import org.sitedesk.estate.files.TableWriter;
import org.sitedesk.keys.Borrower;
import org.sitedesk.keys.BorrowerKind;
import org.sitedesk.keys.Cabinet;
import org.sitedesk.keys.CabinetKey;
import org.sitedesk.keys.Hook;
import org.sitedesk.keys.KeyLoan;
import org.sitedesk.keys.KeyOpens;
import org.sitedesk.keys.LoanDraft;
import org.sitedesk.keys.NewKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitedesk key cabinet|add|lend|return|lost|list}: the key cabinet from a script, as the 钥匙柜 screen works it. */
@Command(name = "key", mixinStandardHelpOptions = true,
        subcommands = {KeyCommand.CabinetCommand.class, KeyCommand.Add.class, KeyCommand.Lend.class,
                KeyCommand.GiveBack.class, KeyCommand.Lost.class, KeyCommand.ListKeys.class})
public final class KeyCommand {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The key a typed number names, or a refusal naming what was typed. */
    static CabinetKey key(Services services, Actor actor, String number, CliContext context) {
        return services.keys().lookup().key(actor, number)
                .orElseThrow(() -> new CliRefusal("sitedesk: " + context.messages().format("error.key.notFound", number)));
    }

    static String time(Instant instant, CliContext context) {
        return instant.atZone(context.clock().getZone()).format(TIME);
    }

    /** {@code key cabinet CODE --name NAME --hooks N}: a cabinet with its numbered hooks. */
    @Command(name = "cabinet", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class CabinetCommand implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        DatabaseOption database;

        @Mixin
        SignInOption signIn;

        @Parameters(paramLabel = "CODE", descriptionKey = "cli.key.cabinet.code")
        String code;

        @Option(names = "--name", paramLabel = "NAME", required = true, descriptionKey = "cli.key.cabinet.option.name")
        String name;

        @Option(names = "--hooks", paramLabel = "N", required = true, descriptionKey = "cli.key.cabinet.option.hooks")
        int hooks;

        @Option(names = "--place", paramLabel = "TEXT", descriptionKey = "cli.key.cabinet.option.place")
        String place;

        public CabinetCommand(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            return context.signedIn(database.value(), signIn, Set.of(Permission.MANAGE_KEYS), (services, actor) -> {
                Cabinet cabinet = services.keys().cabinets().addCabinet(actor, code, name, place, hooks);
                context.out().println(context.messages().format("cli.key.cabinetAdded", cabinet.code(), cabinet.name(),
                        cabinet.hookCount()));
                return ExitCode.OK;
            });
        }
    }

    /** {@code key add --opens ROOM|AREA --hook HOOK [--copies N] [--sealed]}: the key's number is the last line. */
    @Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Add implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        DatabaseOption database;

        @Mixin
        SignInOption signIn;

        @Option(names = "--opens", paramLabel = "ROOM|AREA", required = true, descriptionKey = "cli.key.option.opens")
        String opens;

        @Option(names = "--hook", paramLabel = "HOOK", required = true, descriptionKey = "cli.key.option.hook")
        String hook;

        @Option(names = "--copies", paramLabel = "N", defaultValue = "1", descriptionKey = "cli.key.option.copies")
        int copies;

        @Option(names = "--sealed", descriptionKey = "cli.key.option.sealed")
        boolean sealed;

        @Option(names = "--note", paramLabel = "TEXT", descriptionKey = "cli.key.option.note")
        String note;

        public Add(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            return context.signedIn(database.value(), signIn, Set.of(Permission.MANAGE_KEYS), (services, actor) -> {
                Optional<KeyOpens> place = services.keys().cabinets().opens(opens);
                if (place.isEmpty()) {
                    context.err().println("sitedesk: " + context.messages().format("error.key.opensUnknown", opens));
                    return ExitCode.BAD_INPUT;
                }
                HookChoice chosen = HookChoice.parse(hook, services.keys().lookup().cabinets())
                        .orElseThrow(() -> new CliRefusal("sitedesk: " + context.messages().format("cli.key.hookForm", hook)));
                CabinetKey key = services.keys().cabinets().addKey(actor, new NewKey(place.get(), chosen.cabinet().id(),
                        chosen.number(), copies, sealed, note));
                context.out().println(context.messages().format("cli.key.added", key.number(), key.opens().name(),
                        key.copies(), key.hook().map(Hook::label).orElse("")));
                context.out().println(key.number());
                return ExitCode.OK;
            });
        }
    }

    /** {@code key lend KEY --to NAME --phone P --purpose TEXT --due DATE-TIME}, to staff unless {@code --kind} says otherwise. */
    @Command(name = "lend", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Lend implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        DatabaseOption database;

        @Mixin
        SignInOption signIn;

        @Parameters(paramLabel = "KEY", descriptionKey = "cli.key.number")
        String number;

        @Option(names = "--to", paramLabel = "NAME", required = true, descriptionKey = "cli.key.option.to")
        String to;

        @Option(names = "--phone", paramLabel = "P", required = true, descriptionKey = "cli.key.option.phone")
        String phone;

        @Option(names = "--purpose", paramLabel = "TEXT", required = true, descriptionKey = "cli.key.option.purpose")
        String purpose;

        @Option(names = "--due", paramLabel = "DATE-TIME", required = true, descriptionKey = "cli.key.option.due")
        String due;

        @Option(names = "--kind", paramLabel = "staff|contractor|owner", defaultValue = "staff",
                descriptionKey = "cli.key.option.kind")
        String kind;

        @Option(names = "--id-type", paramLabel = "TYPE", descriptionKey = "cli.key.option.idType")
        String idType;

        @Option(names = "--id-number", paramLabel = "N", descriptionKey = "cli.key.option.idNumber")
        String idNumber;

        public Lend(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Optional<BorrowerKind> who = BorrowerKind.ofWord(kind);
            Optional<IdType> document = IdType.ofWord(idType);
            Optional<LocalDateTime> until = dateTime(due);
            if (who.isEmpty() || document.isEmpty() || until.isEmpty()) {
                context.err().println(who.isEmpty() ? context.messages().format("cli.key.kindUnknown", kind)
                        : document.isEmpty() ? context.messages().format("cli.key.idTypeUnknown", idType)
                        : context.messages().format("cli.key.dueForm", due));
                return ExitCode.BAD_INPUT;
            }
            Borrower borrower = new Borrower(who.get(), to, phone, document.get(), idNumber == null ? "" : idNumber);
            Instant dueAt = until.get().atZone(context.clock().getZone()).toInstant();
            return context.signedIn(database.value(), signIn, Set.of(Permission.LEND_KEYS), (services, actor) -> {
                CabinetKey key = key(services, actor, number, context);
                KeyLoan loan = services.keys().lending().lend(actor, key.id(), new LoanDraft(borrower, purpose, dueAt));
                context.out().println(context.messages().format("cli.key.lent", key.number(), loan.borrower().name(),
                        time(loan.due(), context)));
                return ExitCode.OK;
            });
        }

        /** {@code 2026-11-23T17:00}, {@code 2026-11-23 17:00} or with seconds. */
        static Optional<LocalDateTime> dateTime(String text) {
            String typed = text == null ? "" : text.trim().replace(' ', 'T');
            try {
                return Optional.of(LocalDateTime.parse(typed));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }

    /** {@code key return KEY}: back on its hook. */
    @Command(name = "return", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class GiveBack implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        DatabaseOption database;

        @Mixin
        SignInOption signIn;

        @Parameters(paramLabel = "KEY", descriptionKey = "cli.key.number")
        String number;

        public GiveBack(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            return context.signedIn(database.value(), signIn, Set.of(Permission.LEND_KEYS), (services, actor) -> {
                CabinetKey key = key(services, actor, number, context);
                KeyLoan loan = services.keys().lending().giveBack(actor, key.id());
                context.out().println(context.messages().format("cli.key.returned", key.number(), loan.borrower().name(),
                        key.hook().map(Hook::label).orElse("")));
                return ExitCode.OK;
            });
        }
    }

    /** {@code key lost KEY [--note TEXT]}: gone for good; its lock needs changing. */
    @Command(name = "lost", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Lost implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        DatabaseOption database;

        @Mixin
        SignInOption signIn;

        @Parameters(paramLabel = "KEY", descriptionKey = "cli.key.number")
        String number;

        @Option(names = "--note", paramLabel = "TEXT", descriptionKey = "cli.key.option.note")
        String note;

        public Lost(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            return context.signedIn(database.value(), signIn, Set.of(Permission.LEND_KEYS), (services, actor) -> {
                CabinetKey key = key(services, actor, number, context);
                services.keys().lending().reportLost(actor, key.id(), note);
                context.out().println(context.messages().format("cli.key.lost", key.number(), key.opens().name()));
                return ExitCode.OK;
            });
        }
    }

    /** {@code key list [--format csv]}: every key, with who has the ones out and whether they are overdue. */
    @Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class ListKeys implements Callable<Integer> {
        static final String HEADER = "number,hook,opens,copies,sealed,state,borrower,due,overdue";

        private final CliContext context;

        @Mixin
        DatabaseOption database;

        @Mixin
        SignInOption signIn;

        @Option(names = "--format", paramLabel = "text|csv", defaultValue = "text", descriptionKey = "cli.find.option.format")
        String format;

        public ListKeys(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            return context.signedIn(database.value(), signIn, Set.of(Permission.LEND_KEYS), (services, actor) -> {
                Instant now = context.clock().instant();
                Messages words = context.messages();
                boolean csv = "csv".equalsIgnoreCase(format);
                if (csv) {
                    context.out().println(HEADER);
                }
                for (CabinetKey key : services.keys().lookup().all(actor)) {
                    String hook = key.hook().map(Hook::label).orElse("");
                    String borrower = key.loan().map(loan -> loan.borrower().name()).orElse("");
                    String dueAt = key.loan().map(loan -> time(loan.due(), context)).orElse("");
                    if (csv) {
                        context.out().println(TableWriter.csvLine(List.of(key.number(), hook, key.opens().name(),
                                Integer.toString(key.copies()), key.sealed() ? "sealed" : "", key.state().name().toLowerCase(Locale.ROOT),
                                borrower, dueAt, key.overdue(now) ? "overdue" : "")));
                    } else {
                        context.out().println(words.format("cli.key.line", key.number(), hook, key.opens().name(), key.copies(),
                                words.get(key.state()) + (key.sealed() ? words.get("cli.key.sealedMark") : ""),
                                key.loan().map(loan -> words.format("cli.key.outTo", borrower, dueAt)
                                        + (key.overdue(now) ? words.get("cli.key.overdueMark") : "")).orElse("")));
                    }
                }
                return ExitCode.OK;
            });
        }
    }

    /** A hook as typed: {@code A-07}, {@code A7}, or just {@code 7} when the site has one cabinet. */
    record HookChoice(Cabinet cabinet, int number) {
        static Optional<HookChoice> parse(String typed, List<Cabinet> cabinets) {
            String text = typed == null ? "" : typed.trim().toUpperCase(Locale.ROOT);
            java.util.regex.Matcher form = java.util.regex.Pattern.compile("([A-Z0-9]*?)-?(\\d{1,3})").matcher(text);
            if (!form.matches()) {
                return Optional.empty();
            }
            String code = form.group(1);
            int number = Integer.parseInt(form.group(2));
            if (code.isEmpty()) {
                return cabinets.size() == 1 ? Optional.of(new HookChoice(cabinets.get(0), number)) : Optional.empty();
            }
            return cabinets.stream().filter(cabinet -> cabinet.code().equals(code)).findFirst()
                    .map(cabinet -> new HookChoice(cabinet, number));
        }
    }
}
