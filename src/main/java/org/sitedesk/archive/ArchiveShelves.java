package org.sitedesk.archive;

import static org.sitedesk.core.db.schema.Tables.ARCHIVE_BOX;
import static org.sitedesk.core.db.schema.Tables.ARCHIVE_CABINET;
import static org.sitedesk.core.db.schema.Tables.ARCHIVE_DESTRUCTION;
import static org.sitedesk.core.db.schema.Tables.ARCHIVE_DOCUMENT;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.db.schema.tables.records.ArchiveBoxRecord;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.estate.EstateService;
import org.sitedesk.estate.NaturalOrder;
import org.sitedesk.estate.RoomCode;
import org.sitedesk.estate.Unit;

/**
 * Cabinets and the boxes in them (issue 15, item 3): each box has a number, a category (its
 * label's large words) and the range of rooms it holds, first to last in shelf order.
 */
public final class ArchiveShelves {
    private static final int MAX_CODE = 20;
    private static final int MAX_CATEGORY = 20;
    private static final int MAX_PLACE = 60;

    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;
    private final EstateService estate;

    public ArchiveShelves(Transactions transactions, AuditLog audit, Clock clock, EstateService estate) {
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.estate = estate;
    }

    public List<Cabinet> cabinets() {
        return transactions.inTransaction(tx -> tx.selectFrom(ARCHIVE_CABINET).fetch(row ->
                        new Cabinet(row.getId(), row.getCabinetCode(), row.getPlace() == null ? "" : row.getPlace()))
                .stream().sorted(Comparator.comparing(Cabinet::code, NaturalOrder.INSTANCE)).toList());
    }

    public Cabinet addCabinet(Actor actor, String code, String place) {
        actor.require(Permission.FILE_DOCUMENTS);
        String cleanCode = code(code, "error.archiveCabinet.code");
        String cleanPlace = place == null ? "" : place.trim();
        if (cleanPlace.length() > MAX_PLACE) {
            throw new UserFacingException("error.archiveCabinet.place", MAX_PLACE);
        }
        return transactions.inTransaction(tx -> {
            if (tx.fetchExists(ARCHIVE_CABINET, ARCHIVE_CABINET.CABINET_CODE.eq(cleanCode))) {
                throw new UserFacingException("error.archiveCabinet.taken", cleanCode);
            }
            var row = tx.newRecord(ARCHIVE_CABINET);
            row.setCabinetCode(cleanCode);
            row.setPlace(cleanPlace.isEmpty() ? null : cleanPlace);
            row.setCreatedAt(OffsetDateTime.now(clock));
            row.store();
            audit.record(tx, actor, ArchiveAuditAction.ARCHIVE_CABINET_ADDED, cleanCode, "place: " + cleanPlace);
            return new Cabinet(row.getId(), cleanCode, cleanPlace);
        });
    }

    /** Every box with how many documents it holds, in shelf order of the rooms they start with. */
    public List<Box> boxes() {
        return transactions.inTransaction(ArchiveShelves::boxes);
    }

    public Optional<Box> box(String code) {
        String wanted = code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
        return boxes().stream().filter(box -> box.code().equals(wanted)).findFirst();
    }

    static List<Box> boxes(DSLContext tx) {
        Map<Long, Integer> counts = tx.select(ARCHIVE_DOCUMENT.BOX_ID, DSL.count()).from(ARCHIVE_DOCUMENT)
                .where(ARCHIVE_DOCUMENT.BOX_ID.isNotNull())
                // a destroyed document keeps the box it was in on record, but no longer fills it
                .and(ARCHIVE_DOCUMENT.ID.notIn(DSL.select(ARCHIVE_DESTRUCTION.DOCUMENT_ID).from(ARCHIVE_DESTRUCTION)))
                .groupBy(ARCHIVE_DOCUMENT.BOX_ID)
                .fetchMap(record -> record.value1(), record -> record.value2());
        return tx.select().from(ARCHIVE_BOX).join(ARCHIVE_CABINET).on(ARCHIVE_CABINET.ID.eq(ARCHIVE_BOX.CABINET_ID))
                .fetch(row -> toBox(row, counts.getOrDefault(row.get(ARCHIVE_BOX.ID), 0)))
                .stream()
                .sorted(Comparator.comparing((Box box) -> FileNumber.place(box.firstRoom(), box.firstFloorOrder()),
                        FileNumber.SHELF_ORDER).thenComparing(Box::code, NaturalOrder.INSTANCE))
                .toList();
    }

    /**
     * Adds a box, or changes one with the same number: its cabinet, category and room range. The
     * first and last rooms must be units of the estate, in shelf order; documents already in it stay.
     */
    public Box saveBox(Actor actor, BoxDraft draft) {
        actor.require(Permission.FILE_DOCUMENTS);
        String code = code(draft.code(), "error.archiveBox.code");
        String category = draft.category() == null ? "" : draft.category().trim();
        if (category.isEmpty() || category.length() > MAX_CATEGORY) {
            throw new UserFacingException("error.archiveBox.category", MAX_CATEGORY);
        }
        Unit first = unit(draft.firstRoom());
        Unit last = unit(draft.lastRoom());
        if (FileNumber.SHELF_ORDER.compare(FileNumber.place(first.room(), order(first)),
                FileNumber.place(last.room(), order(last))) > 0) {
            throw new UserFacingException("error.archiveBox.rangeOrder", first.room(), last.room());
        }
        return transactions.inTransaction(tx -> {
            if (!tx.fetchExists(ARCHIVE_CABINET, ARCHIVE_CABINET.ID.eq(draft.cabinetId()))) {
                throw new UserFacingException("error.archiveCabinet.notFound");
            }
            ArchiveBoxRecord row = tx.selectFrom(ARCHIVE_BOX).where(ARCHIVE_BOX.BOX_CODE.eq(code)).forUpdate().fetchOptional()
                    .orElseGet(() -> {
                        ArchiveBoxRecord added = tx.newRecord(ARCHIVE_BOX);
                        added.setBoxCode(code);
                        added.setCreatedAt(OffsetDateTime.now(clock));
                        return added;
                    });
            row.setCabinetId(draft.cabinetId());
            row.setCategory(category);
            row.setFirstRoom(first.room().toString());
            row.setFirstFloorOrder(order(first));
            row.setLastRoom(last.room().toString());
            row.setLastFloorOrder(order(last));
            row.store();
            audit.record(tx, actor, ArchiveAuditAction.BOX_SAVED, code, "category: " + category + "; rooms: "
                    + first.room() + " – " + last.room());
            return boxes(tx).stream().filter(box -> box.id() == row.getId()).findFirst().orElseThrow();
        });
    }

    private Unit unit(String room) {
        RoomCode code = RoomCode.parse(room).orElseThrow(() -> new UserFacingException("import.unit.roomForm",
                room == null ? "" : room));
        return estate.unit(code).orElseThrow(() -> new UserFacingException("cli.print.noRoom", code));
    }

    static int order(Unit unit) {
        return org.sitedesk.estate.FloorLabel.order(unit.floor());
    }

    private static String code(String typed, String problemKey) {
        String code = typed == null ? "" : typed.trim().toUpperCase(java.util.Locale.ROOT);
        if (code.isEmpty() || code.length() > MAX_CODE || !code.matches("[A-Z0-9][A-Z0-9-]*")) {
            throw new UserFacingException(problemKey, MAX_CODE);
        }
        return code;
    }

    private static Box toBox(Record row, int documents) {
        return new Box(row.get(ARCHIVE_BOX.ID), row.get(ARCHIVE_BOX.BOX_CODE), row.get(ARCHIVE_BOX.CABINET_ID),
                row.get(ARCHIVE_CABINET.CABINET_CODE), row.get(ARCHIVE_BOX.CATEGORY),
                RoomCode.parse(row.get(ARCHIVE_BOX.FIRST_ROOM)).orElseThrow(), row.get(ARCHIVE_BOX.FIRST_FLOOR_ORDER),
                RoomCode.parse(row.get(ARCHIVE_BOX.LAST_ROOM)).orElseThrow(), row.get(ARCHIVE_BOX.LAST_FLOOR_ORDER),
                documents);
    }
}
