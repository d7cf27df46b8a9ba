package org.sitedesk.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.estate.files.TableWriter;

/**
 * 档案登记簿 as a spreadsheet (issue 15, item 8): every document in shelf order, destroyed ones too,
 * with its owners, place and state, in the words of the given language. The owners' names make it an
 * export of personal data: some roles only, and audited (DOMAIN.md personal information 2, PIPL 55).
 */
public final class ArchiveRegister {
    private final Transactions transactions;
    private final AuditLog audit;
    private final ArchiveLookup lookup;

    public ArchiveRegister(Transactions transactions, AuditLog audit, ArchiveLookup lookup) {
        this.transactions = transactions;
        this.audit = audit;
        this.lookup = lookup;
    }

    public static List<String> header(Messages messages) {
        return List.of("archive.column.fileNo", "archive.column.room", "archive.column.owner", "archive.column.type",
                        "archive.column.pages", "archive.column.level", "archive.column.received",
                        "archive.column.retainedUntil", "archive.column.box", "archive.column.status",
                        "archive.column.previousOwner", "archive.column.notes")
                .stream().map(messages::get).toList();
    }

    public static List<String> row(ArchiveDocument document, LocalDate today, Messages messages) {
        return List.of(document.fileNo(), document.room().toString(), document.ownerNames(), document.typeName(),
                Integer.toString(document.pages()), document.level().word(), document.received().toString(),
                document.retainedUntil().map(LocalDate::toString).orElse(messages.get("archive.permanent")),
                document.box().map(BoxRef::place).orElse(""), messages.get(document.status(today)),
                document.previousOwnerUntil().map(until -> messages.format("archive.previousOwnerUntil", until)).orElse(""),
                document.notes());
    }

    /** Writes the register to {@code file} (CSV or XLSX by its ending) and returns how many documents it holds. */
    public int export(Actor actor, Path file, LocalDate today, Messages messages) {
        actor.require(Permission.EXPORT_PERSONAL_DATA);
        List<ArchiveDocument> documents = lookup.documents(actor);
        try {
            TableWriter.write(file, header(messages), documents.stream().map(document -> row(document, today, messages)).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        transactions.run(tx -> audit.record(tx, actor, ArchiveAuditAction.REGISTER_EXPORTED, file.getFileName().toString(),
                "documents: " + documents.size()));
        return documents.size();
    }
}
