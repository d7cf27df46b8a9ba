package org.sitedesk.archive;

import org.sitedesk.core.files.FileKind;
import static org.sitedesk.core.db.schema.Tables.ARCHIVE_BOX;
import static org.sitedesk.core.db.schema.Tables.ARCHIVE_DOCUMENT;
import static org.sitedesk.core.db.schema.Tables.ARCHIVE_LOAN;
import static org.sitedesk.core.db.schema.Tables.ARCHIVE_MOVE;
import static org.sitedesk.core.db.schema.Tables.ARCHIVE_SCAN;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.impl.DSL;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.estate.HouseholdService;

/**
 * Reads the register: one document by its number, the documents of a box or of the whole archive in
 * shelf order, a household's documents with its checklist (issue 15, item 3), a document's moves and
 * scans. Only roles that see the archive.
 */
public final class ArchiveLookup {
    private static final DateTimeFormatter MOVED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Transactions transactions;
    private final HouseholdService households;
    private final java.time.Clock clock;

    public ArchiveLookup(Transactions transactions, HouseholdService households, java.time.Clock clock) {
        this.transactions = transactions;
        this.households = households;
        this.clock = clock;
    }

    public Optional<ArchiveDocument> document(Actor actor, String fileNo) {
        actor.require(Permission.VIEW_ARCHIVE);
        String wanted = fileNo == null ? "" : fileNo.trim().toUpperCase(java.util.Locale.ROOT);
        return transactions.inTransaction(tx -> DocumentReader.read(tx, ARCHIVE_DOCUMENT.FILE_NO.eq(wanted)))
                .stream().findFirst();
    }

    /** Every document, destroyed ones too (nothing leaves the register), in shelf order. */
    public List<ArchiveDocument> documents(Actor actor) {
        actor.require(Permission.VIEW_ARCHIVE);
        return transactions.inTransaction(tx -> DocumentReader.read(tx, DSL.noCondition()));
    }

    /** The documents of one box, in shelf order. */
    public List<ArchiveDocument> inBox(Actor actor, long boxId) {
        actor.require(Permission.VIEW_ARCHIVE);
        return transactions.inTransaction(tx -> DocumentReader.read(tx, ARCHIVE_DOCUMENT.BOX_ID.eq(boxId)));
    }

    /**
     * A household's archive: its documents, the loans of them, and the standard types its current
     * owners have not handed in (issue 15, items 3 and 5). A document of a previous owner or a
     * destroyed one does not count; 过户资料 is asked for only where the unit has changed hands.
     */
    public HouseholdArchive household(Actor actor, long unitId) {
        actor.require(Permission.VIEW_ARCHIVE);
        boolean transferred = !households.card(unitId).transfers().isEmpty();
        return transactions.inTransaction(tx -> {
            List<ArchiveDocument> documents = DocumentReader.read(tx, ARCHIVE_DOCUMENT.UNIT_ID.eq(unitId));
            Set<Long> held = documents.stream().filter(document -> !document.isDestroyed() && !document.ofPreviousOwner())
                    .map(ArchiveDocument::typeId).collect(Collectors.toSet());
            List<DocumentType> missing = DocumentTypes.all(tx).stream()
                    .filter(DocumentType::active)
                    .filter(type -> type.checklist() == Checklist.ALWAYS
                            || (type.checklist() == Checklist.AFTER_TRANSFER && transferred))
                    .filter(type -> !held.contains(type.id()))
                    .toList();
            List<Loan> loans = LoanReader.read(tx, ARCHIVE_DOCUMENT.UNIT_ID.eq(unitId));
            return new HouseholdArchive(documents, missing, loans);
        });
    }

    /** Where a document has been: each move as "time  box → box  by", oldest first. */
    public List<String> moves(Actor actor, long documentId) {
        actor.require(Permission.VIEW_ARCHIVE);
        return transactions.inTransaction(tx -> {
            Map<Long, String> codes = tx.select(ARCHIVE_BOX.ID, ARCHIVE_BOX.BOX_CODE).from(ARCHIVE_BOX)
                    .fetchMap(ARCHIVE_BOX.ID, ARCHIVE_BOX.BOX_CODE);
            return tx.selectFrom(ARCHIVE_MOVE).where(ARCHIVE_MOVE.DOCUMENT_ID.eq(documentId))
                    .orderBy(ARCHIVE_MOVE.MOVED_AT, ARCHIVE_MOVE.ID)
                    .fetch(row -> row.getMovedAt().atZoneSameInstant(clock.getZone()).format(MOVED) + "  "
                            + (row.getFromBoxId() == null ? "—" : codes.get(row.getFromBoxId())) + " → "
                            + (row.getToBoxId() == null ? "—" : codes.get(row.getToBoxId())) + "  " + row.getMovedBy());
        });
    }

    /** A document's scans, deleted ones too (their rows say when). */
    public List<Scan> scans(Actor actor, long documentId) {
        actor.require(Permission.VIEW_ARCHIVE);
        return transactions.inTransaction(tx -> tx.selectFrom(ARCHIVE_SCAN).where(ARCHIVE_SCAN.DOCUMENT_ID.eq(documentId))
                .orderBy(ARCHIVE_SCAN.ID).fetch(ArchiveLookup::toScan));
    }

    static Scan toScan(org.sitedesk.core.db.schema.tables.records.ArchiveScanRecord row) {
        return new Scan(row.getId(), row.getDocumentId(), row.getContentHash(), FileKind.valueOf(row.getMediaType()),
                row.getSizeBytes(), row.getAddedAt(), row.getAddedBy(), Optional.ofNullable(row.getDeletedAt()));
    }

    /** Loans still out whose day has passed, the longest overdue first: the dashboard's list. */
    public List<Loan> overdueLoans(Actor actor, LocalDate today) {
        actor.require(Permission.VIEW_ARCHIVE);
        return transactions.inTransaction(tx -> LoanReader.read(tx, ARCHIVE_LOAN.RETURNED_AT.isNull()
                .and(ARCHIVE_LOAN.DUE_ON.lt(today)))).stream()
                .sorted(java.util.Comparator.comparing(Loan::dueOn).thenComparing(Loan::fileNo))
                .toList();
    }
}
