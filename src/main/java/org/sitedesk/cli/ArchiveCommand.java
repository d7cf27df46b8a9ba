package org.sitedesk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sitedesk.app.Services;
import org.sitedesk.archive.ArchiveDocument;
import org.sitedesk.archive.Box;
import org.sitedesk.archive.BoxRef;
import org.sitedesk.archive.Confidentiality;
import org.sitedesk.archive.Destruction;
import org.sitedesk.archive.DestructionRequest;
import org.sitedesk.archive.DocumentDraft;
import org.sitedesk.archive.DocumentType;
import org.sitedesk.archive.Loan;
import org.sitedesk.archive.LoanRequest;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.estate.RoomCode;
import org.sitedesk.estate.Unit;
import org.sitedesk.estate.files.TableWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitedesk archive add|list|lend|return|destroy}: the owner file archive from a script, acting
 * as the signed-in user, with the permission the window's archive screens ask; the services check
 * the rest (who may approve a loan of which level). Bad input exits 2 with one line and changes nothing.
 */
@Command(name = "archive", mixinStandardHelpOptions = true,
        subcommands = {ArchiveCommand.Add.class, ArchiveCommand.ListDocuments.class, ArchiveCommand.Lend.class,
                ArchiveCommand.Return.class, ArchiveCommand.Destroy.class})
public final class ArchiveCommand {
    /** The header of {@code archive list --format csv}, fixed for scripts. */
    static final String CSV_HEADER = "file_no,room,owner,type,pages,level,box,status";

    /** The document numbered {@code fileNo}, or a refusal naming it. */
    static ArchiveDocument document(Services services, Actor actor, String fileNo, CliContext context) {
        return services.archive().lookup().document(actor, fileNo).orElseThrow(() -> new CliRefusal(
                context.messages().format("error.archive.noDocument", fileNo)));
    }

    /** {@code archive add ROOM --type TYPE --pages N [...]}: the last line printed is the archive number. */
    @Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Add implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        DatabaseOption database;

        @Mixin
        SignInOption signIn;

        @Parameters(paramLabel = "ROOM", descriptionKey = "cli.print.room")
        String room;

        @Option(names = "--type", paramLabel = "TYPE", required = true, descriptionKey = "cli.archive.option.type")
        String type;

        @Option(names = "--pages", paramLabel = "N", required = true, descriptionKey = "cli.archive.option.pages")
        int pages;

        @Option(names = "--level", paramLabel = "普通|秘密|机密|绝密", descriptionKey = "cli.archive.option.level")
        String level;

        @Option(names = "--received", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.archive.option.received")
        LocalDate received;

        @Option(names = "--box", paramLabel = "BOX", descriptionKey = "cli.archive.option.box")
        String box;

        @Option(names = "--scan", paramLabel = "FILE", descriptionKey = "cli.archive.option.scan")
        List<Path> scans = List.of();

        public Add(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Messages messages = context.messages();
            Optional<RoomCode> code = RoomCode.parse(room);
            if (code.isEmpty()) {
                context.err().println(messages.format("import.unit.roomForm", room));
                return ExitCode.BAD_INPUT;
            }
            Optional<Confidentiality> wanted = level == null ? Optional.empty() : Confidentiality.ofWord(level);
            if (level != null && wanted.isEmpty()) {
                context.err().println(messages.format("import.archive.level", level));
                return ExitCode.BAD_INPUT;
            }
            return context.signedIn(database.value(), signIn, Set.of(Permission.FILE_DOCUMENTS), (services, actor) -> {
                Unit unit = services.estate().units().unit(code.get())
                        .orElseThrow(() -> new CliRefusal(messages.format("cli.print.noRoom", code.get())));
                DocumentType documentType = services.archive().types().named(type).filter(DocumentType::active)
                        .orElseThrow(() -> new CliRefusal(messages.format("import.archive.unknownType", type)));
                Optional<Long> boxId = box == null ? Optional.empty() : Optional.of(services.archive().shelves().box(box)
                        .orElseThrow(() -> new CliRefusal(messages.format("error.archiveBox.notFound", box))).id());
                ArchiveDocument filed = services.archive().filing().file(actor, new DocumentDraft(unit.id(), Optional.empty(),
                        documentType.id(), pages, wanted, Optional.ofNullable(received), boxId, ""), scans);
                context.out().println(messages.format("cli.archive.filed", filed.room(), filed.typeName(), filed.pages(),
                        messages.get(filed.level()), filed.box().map(BoxRef::place).orElse(messages.get("cli.archive.noBox")),
                        filed.scans()));
                context.out().println(filed.fileNo());
                return ExitCode.OK;
            });
        }
    }

    /** {@code archive list [--box BOX] [--format csv]}: the register in archive-number order. */
    @Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class ListDocuments implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        DatabaseOption database;

        @Mixin
        SignInOption signIn;

        @Option(names = "--box", paramLabel = "BOX", descriptionKey = "cli.archive.option.listBox")
        String box;

        @Option(names = "--format", paramLabel = "text|csv", defaultValue = "text", descriptionKey = "cli.find.option.format")
        String format;

        public ListDocuments(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            if (!"csv".equalsIgnoreCase(format) && !"text".equalsIgnoreCase(format)) {
                context.err().println(context.messages().format("cli.archive.format", format));
                return ExitCode.BAD_INPUT;
            }
            return context.signedIn(database.value(), signIn, Set.of(Permission.VIEW_ARCHIVE), (services, actor) -> {
                List<ArchiveDocument> documents = box == null ? services.archive().lookup().documents(actor)
                        : services.archive().lookup().inBox(actor, services.archive().shelves().box(box).map(Box::id)
                                .orElseThrow(() -> new CliRefusal(context.messages().format("error.archiveBox.notFound", box))));
                LocalDate today = LocalDate.now(context.clock());
                boolean csv = "csv".equalsIgnoreCase(format);
                if (csv) {
                    context.out().println(CSV_HEADER);
                }
                for (ArchiveDocument document : documents) {
                    List<String> cells = List.of(document.fileNo(), document.room().toString(), document.ownerNames(),
                            document.typeName(), Integer.toString(document.pages()), document.level().word(),
                            document.box().map(BoxRef::code).orElse(""), document.status(today).token());
                    context.out().println(csv ? TableWriter.csvLine(cells) : context.messages().format("cli.archive.line",
                            cells.get(0), cells.get(1), cells.get(2), cells.get(3), cells.get(4), cells.get(5),
                            cells.get(6).isEmpty() ? "—" : cells.get(6), context.messages().get(document.status(today))));
                }
                return ExitCode.OK;
            });
        }
    }

    /** {@code archive lend FILE_NO --to NAME --reason TEXT --due DATE}: approved by the signed-in user, if the level allows. */
    @Command(name = "lend", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Lend implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        DatabaseOption database;

        @Mixin
        SignInOption signIn;

        @Parameters(paramLabel = "FILE_NO", descriptionKey = "cli.archive.fileNo")
        String fileNo;

        @Option(names = "--to", paramLabel = "NAME", required = true, descriptionKey = "cli.archive.option.to")
        String borrower;

        @Option(names = "--reason", paramLabel = "TEXT", required = true, descriptionKey = "cli.archive.option.reason")
        String reason;

        @Option(names = "--due", paramLabel = "YYYY-MM-DD", required = true, descriptionKey = "cli.archive.option.due")
        LocalDate due;

        public Lend(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            return context.signedIn(database.value(), signIn, Set.of(Permission.VIEW_ARCHIVE), (services, actor) -> {
                ArchiveDocument document = document(services, actor, fileNo, context);
                Loan loan = services.archive().lending().lend(actor, document.id(), new LoanRequest(borrower, reason, due));
                context.out().println(context.messages().format(loan.readingRoomOnly() ? "cli.archive.lentReadingRoom"
                        : "cli.archive.lent", loan.fileNo(), loan.borrower(), loan.dueOn(), loan.pagesLent()));
                return ExitCode.OK;
            });
        }
    }

    /** {@code archive return FILE_NO --pages N}: a count that differs from the pages lent is flagged. */
    @Command(name = "return", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Return implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        DatabaseOption database;

        @Mixin
        SignInOption signIn;

        @Parameters(paramLabel = "FILE_NO", descriptionKey = "cli.archive.fileNo")
        String fileNo;

        @Option(names = "--pages", paramLabel = "N", required = true, descriptionKey = "cli.archive.option.pagesCounted")
        int pages;

        @Option(names = "--note", paramLabel = "TEXT", descriptionKey = "cli.archive.option.note")
        String note;

        public Return(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            return context.signedIn(database.value(), signIn, Set.of(Permission.LEND_DOCUMENTS), (services, actor) -> {
                ArchiveDocument document = document(services, actor, fileNo, context);
                Loan loan = services.archive().lending().giveBack(actor, document.id(), pages, note);
                context.out().println(context.messages().format(loan.pagesDiffer() ? "cli.archive.returnedShort"
                        : "cli.archive.returned", loan.fileNo(), loan.pagesLent(), pages));
                return ExitCode.OK;
            });
        }
    }

    /** {@code archive destroy FILE_NO --witness NAME --method TEXT --reason TEXT}: approved by the signed-in supervisor. */
    @Command(name = "destroy", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Destroy implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        DatabaseOption database;

        @Mixin
        SignInOption signIn;

        @Parameters(paramLabel = "FILE_NO", descriptionKey = "cli.archive.fileNo")
        String fileNo;

        @Option(names = "--witness", paramLabel = "NAME", required = true, descriptionKey = "cli.archive.option.witness")
        String witness;

        @Option(names = "--method", paramLabel = "TEXT", required = true, descriptionKey = "cli.archive.option.method")
        String method;

        @Option(names = "--reason", paramLabel = "TEXT", required = true, descriptionKey = "cli.archive.option.destroyReason")
        String reason;

        @Option(names = "--on", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.archive.option.on")
        LocalDate on;

        public Destroy(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            return context.signedIn(database.value(), signIn, Set.of(Permission.APPROVE_DESTRUCTION), (services, actor) -> {
                ArchiveDocument document = document(services, actor, fileNo, context);
                Destruction done = services.archive().destructions().destroy(actor, document.id(),
                        new DestructionRequest(witness, method, reason, on));
                context.out().println(context.messages().format("cli.archive.destroyed", done.fileNo(), done.destroyedOn(),
                        done.method(), done.witness(), done.scansDeleted()));
                return ExitCode.OK;
            });
        }
    }
}
