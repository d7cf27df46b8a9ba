package org.sitedesk.archive;

import org.sitedesk.core.files.HashedFileStore;
import static org.sitedesk.core.db.schema.Tables.ARCHIVE_DOCUMENT;
import static org.sitedesk.core.db.schema.Tables.ARCHIVE_DOCUMENT_TYPE;
import static org.sitedesk.core.db.schema.Tables.ARCHIVE_SCAN;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.estate.EstateService;
import org.sitedesk.estate.FloorLabel;
import org.sitedesk.estate.HouseholdService;
import org.sitedesk.estate.Person;
import org.sitedesk.estate.Unit;

/**
 * 档案登记 (issue 15, items 1 to 3): a document filed against a unit, numbered building → floor →
 * room → sequence, placed in a box whose rooms include the unit's, with its scans; moves between
 * boxes keep their history. The owners of the day are written on the document, so the catalogue
 * names the owner whose paper it is even after the unit changes hands.
 */
public final class DocumentFiling {
    public static final int MAX_PAGES = 9999;
    static final int MAX_NOTES = 500;

    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;
    private final EstateService estate;
    private final HouseholdService households;
    private final HashedFileStore scans;

    public DocumentFiling(Transactions transactions, AuditLog audit, Clock clock, EstateService estate,
            HouseholdService households, HashedFileStore scans) {
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.estate = estate;
        this.households = households;
        this.scans = scans;
    }

    /**
     * Files a document with its scans (each checked to be a PDF, JPEG or PNG of at most 20 MB before
     * anything is written). The number is the unit's next; a number another counter took at the same
     * moment is taken again once.
     */
    public ArchiveDocument file(Actor actor, DocumentDraft draft, List<Path> scanFiles) {
        actor.require(Permission.FILE_DOCUMENTS);
        Filing filing = check(draft);
        List<HashedFileStore.Checked> checked = scanFiles.stream().map(scans::check).toList();
        checked.forEach(scans::store);
        try {
            return insert(actor, filing, checked);
        } catch (IntegrityConstraintViolationException sameNumberTakenMeanwhile) {
            return insert(actor, filing, checked);
        }
    }

    private ArchiveDocument insert(Actor actor, Filing filing, List<HashedFileStore.Checked> checked) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return transactions.inTransaction(tx -> {
            int sequence = DocumentRows.nextSequence(tx, filing.unit().id());
            var row = DocumentRows.insert(tx, actor, filing, sequence, now);
            checked.forEach(scan -> DocumentRows.scan(tx, actor, row.getId(), scan, now));
            audit.record(tx, actor, ArchiveAuditAction.DOCUMENT_FILED, row.getFileNo(), "type: " + filing.type().name()
                    + "; pages: " + filing.pages() + "; level: " + filing.level().name() + "; received: " + filing.received()
                    + filing.box().map(box -> "; box: " + box.code()).orElse("")
                    + (checked.isEmpty() ? "" : "; scans: " + checked.size()));
            return DocumentReader.read(tx, ARCHIVE_DOCUMENT.ID.eq(row.getId())).get(0);
        });
    }

    private Filing check(DocumentDraft draft) {
        if (draft.pages() < 1 || draft.pages() > MAX_PAGES) {
            throw new UserFacingException("error.archive.pages", String.valueOf(MAX_PAGES));
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate received = draft.received().orElse(today);
        if (received.isAfter(today)) {
            throw new UserFacingException("error.archive.receivedInFuture", received);
        }
        String notes = draft.notes() == null ? "" : draft.notes().trim();
        if (notes.length() > MAX_NOTES) {
            throw new UserFacingException("error.archive.notes", MAX_NOTES);
        }
        Unit unit = estate.unit(draft.unitId()).orElseThrow(() -> new UserFacingException("error.unit.notFound", draft.unitId()));
        int floorOrder = FloorLabel.order(unit.floor());
        DocumentType type = transactions.inTransaction(tx -> tx.selectFrom(ARCHIVE_DOCUMENT_TYPE)
                .where(ARCHIVE_DOCUMENT_TYPE.ID.eq(draft.typeId())).fetchOptional(DocumentTypes::toType))
                .filter(DocumentType::active)
                .orElseThrow(() -> new UserFacingException("error.archive.type"));
        Optional<Box> box = draft.boxId().map(id -> transactions.inTransaction(ArchiveShelves::boxes).stream()
                .filter(candidate -> candidate.id() == id).findFirst()
                .orElseThrow(() -> new UserFacingException("error.archiveBox.notFound", String.valueOf(id))));
        box.ifPresent(chosen -> requireHolds(chosen, unit, floorOrder));
        Optional<String> personName = draft.personId().map(personId -> households.card(unit.id()).people().stream()
                .filter(person -> person.id() == personId).map(Person::name).findFirst()
                .orElseThrow(() -> new UserFacingException("error.archive.person")));
        Owners owners = owners(unit.id());
        return new Filing(unit, floorOrder, type, draft.pages(), draft.level().orElse(type.defaultLevel()), received,
                draft.personId(), personName, notes, box, owners.names(), owners.since());
    }

    /** The unit's current owners, joined with 、, and the day the earliest of them came. */
    Owners owners(long unitId) {
        List<Person> current = households.currentOwners(List.of(unitId)).getOrDefault(unitId, List.of());
        return Owners.of(current);
    }

    /** The owners a document is filed for. */
    record Owners(String names, Optional<LocalDate> since) {
        static Owners of(List<Person> current) {
            return new Owners(current.stream().map(Person::name).collect(Collectors.joining("、")),
                    current.stream().map(Person::since).flatMap(Optional::stream).min(Comparator.naturalOrder()));
        }
    }

    static void requireHolds(Box box, Unit unit, int floorOrder) {
        if (!box.holds(unit.room(), floorOrder)) {
            throw new UserFacingException("error.archiveBox.outsideRange", unit.room(), box.code(), box.range());
        }
    }

    /** Puts a document in another box (or takes it out of any, {@code boxId} empty); the move is kept. */
    public ArchiveDocument moveToBox(Actor actor, long documentId, Optional<Long> boxId) {
        actor.require(Permission.FILE_DOCUMENTS);
        Optional<Box> box = boxId.map(id -> transactions.inTransaction(ArchiveShelves::boxes).stream()
                .filter(candidate -> candidate.id() == id).findFirst()
                .orElseThrow(() -> new UserFacingException("error.archiveBox.notFound", String.valueOf(id))));
        OffsetDateTime now = OffsetDateTime.now(clock);
        return transactions.inTransaction(tx -> {
            ArchiveDocument document = DocumentReader.locked(tx, documentId);
            if (document.isDestroyed()) {
                throw new UserFacingException("error.archive.destroyed", document.fileNo());
            }
            Optional<Long> from = document.box().map(BoxRef::id);
            if (from.equals(box.map(Box::id))) {
                return document;
            }
            box.ifPresent(chosen -> {
                if (!chosen.holds(document.room(), document.floorOrder())) {
                    throw new UserFacingException("error.archiveBox.outsideRange", document.room(), chosen.code(),
                            chosen.range());
                }
            });
            tx.update(ARCHIVE_DOCUMENT)
                    .set(ARCHIVE_DOCUMENT.BOX_ID, box.map(Box::id).orElse(null))
                    .set(ARCHIVE_DOCUMENT.ROW_VERSION, ARCHIVE_DOCUMENT.ROW_VERSION.plus(1))
                    .where(ARCHIVE_DOCUMENT.ID.eq(documentId))
                    .execute();
            DocumentRows.move(tx, actor, documentId, from.orElse(null), box.map(Box::id).orElse(null), now);
            audit.record(tx, actor, ArchiveAuditAction.DOCUMENT_MOVED, document.fileNo(), "box: "
                    + document.box().map(BoxRef::code).orElse("") + " → " + box.map(Box::code).orElse(""));
            return DocumentReader.read(tx, ARCHIVE_DOCUMENT.ID.eq(documentId)).get(0);
        });
    }

    /** Adds a scanned file to a document; the same file twice is refused. */
    public ArchiveDocument attachScan(Actor actor, long documentId, Path file) {
        actor.require(Permission.FILE_DOCUMENTS);
        HashedFileStore.Checked scan = scans.check(file);
        OffsetDateTime now = OffsetDateTime.now(clock);
        scans.store(scan);
        return transactions.inTransaction(tx -> {
            ArchiveDocument document = DocumentReader.locked(tx, documentId);
            if (document.isDestroyed()) {
                throw new UserFacingException("error.archive.destroyed", document.fileNo());
            }
            if (tx.fetchExists(ARCHIVE_SCAN, ARCHIVE_SCAN.DOCUMENT_ID.eq(documentId)
                    .and(ARCHIVE_SCAN.CONTENT_HASH.eq(scan.hash())).and(ARCHIVE_SCAN.DELETED_AT.isNull()))) {
                throw new UserFacingException("error.scan.already", document.fileNo());
            }
            DocumentRows.scan(tx, actor, documentId, scan, now);
            audit.record(tx, actor, ArchiveAuditAction.SCAN_ADDED, document.fileNo(), "type: " + scan.kind().name()
                    + "; bytes: " + scan.content().length + "; sha256: " + scan.hash());
            return DocumentReader.read(tx, ARCHIVE_DOCUMENT.ID.eq(documentId)).get(0);
        });
    }
}
