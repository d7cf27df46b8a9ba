package org.sitedesk.archive;

import static org.sitedesk.core.db.schema.Tables.ARCHIVE_BOX;
import static org.sitedesk.core.db.schema.Tables.ARCHIVE_CABINET;
import static org.sitedesk.core.db.schema.Tables.ARCHIVE_DESTRUCTION;
import static org.sitedesk.core.db.schema.Tables.ARCHIVE_DOCUMENT;
import static org.sitedesk.core.db.schema.Tables.ARCHIVE_DOCUMENT_TYPE;
import static org.sitedesk.core.db.schema.Tables.ARCHIVE_LOAN;
import static org.sitedesk.core.db.schema.Tables.ARCHIVE_SCAN;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.sitedesk.estate.RoomCode;

/** Reads documents of the register with their type, box, open loan, destruction and scans, in shelf order. */
final class DocumentReader {
    private DocumentReader() {
    }

    static List<ArchiveDocument> read(DSLContext tx, Condition which) {
        Map<Long, LocalDate> due = tx.select(ARCHIVE_LOAN.DOCUMENT_ID, ARCHIVE_LOAN.DUE_ON).from(ARCHIVE_LOAN)
                .join(ARCHIVE_DOCUMENT).on(ARCHIVE_DOCUMENT.ID.eq(ARCHIVE_LOAN.DOCUMENT_ID))
                .where(which).and(ARCHIVE_LOAN.RETURNED_AT.isNull())
                .fetchMap(ARCHIVE_LOAN.DOCUMENT_ID, ARCHIVE_LOAN.DUE_ON);
        Map<Long, Integer> scans = tx.select(ARCHIVE_SCAN.DOCUMENT_ID, DSL.count()).from(ARCHIVE_SCAN)
                .join(ARCHIVE_DOCUMENT).on(ARCHIVE_DOCUMENT.ID.eq(ARCHIVE_SCAN.DOCUMENT_ID))
                .where(which).and(ARCHIVE_SCAN.DELETED_AT.isNull())
                .groupBy(ARCHIVE_SCAN.DOCUMENT_ID)
                .fetchMap(record -> record.value1(), record -> record.value2());
        return tx.select()
                .from(ARCHIVE_DOCUMENT)
                .join(ARCHIVE_DOCUMENT_TYPE).on(ARCHIVE_DOCUMENT_TYPE.ID.eq(ARCHIVE_DOCUMENT.TYPE_ID))
                .leftJoin(ARCHIVE_BOX).on(ARCHIVE_BOX.ID.eq(ARCHIVE_DOCUMENT.BOX_ID))
                .leftJoin(ARCHIVE_CABINET).on(ARCHIVE_CABINET.ID.eq(ARCHIVE_BOX.CABINET_ID))
                .leftJoin(ARCHIVE_DESTRUCTION).on(ARCHIVE_DESTRUCTION.DOCUMENT_ID.eq(ARCHIVE_DOCUMENT.ID))
                .where(which)
                .fetch(row -> toDocument(row, due, scans))
                .stream()
                .sorted(FileNumber.SHELF_ORDER)
                .toList();
    }

    /** The document, locked for the rest of the caller's transaction, or refused naming the number. */
    static ArchiveDocument locked(DSLContext tx, long documentId) {
        tx.select(ARCHIVE_DOCUMENT.ID).from(ARCHIVE_DOCUMENT).where(ARCHIVE_DOCUMENT.ID.eq(documentId)).forUpdate()
                .fetchOptional().orElseThrow(() -> new org.sitedesk.core.i18n.UserFacingException("error.archive.noDocument",
                        String.valueOf(documentId)));
        return read(tx, ARCHIVE_DOCUMENT.ID.eq(documentId)).get(0);
    }

    private static ArchiveDocument toDocument(Record row, Map<Long, LocalDate> due, Map<Long, Integer> scans) {
        long id = row.get(ARCHIVE_DOCUMENT.ID);
        Optional<BoxRef> box = Optional.ofNullable(row.get(ARCHIVE_BOX.ID))
                .map(boxId -> new BoxRef(boxId, row.get(ARCHIVE_BOX.BOX_CODE), row.get(ARCHIVE_CABINET.CABINET_CODE)));
        String notes = row.get(ARCHIVE_DOCUMENT.NOTES);
        return new ArchiveDocument(id, row.get(ARCHIVE_DOCUMENT.FILE_NO), row.get(ARCHIVE_DOCUMENT.UNIT_ID),
                RoomCode.parse(row.get(ARCHIVE_DOCUMENT.ROOM_CODE)).orElseThrow(), row.get(ARCHIVE_DOCUMENT.FLOOR_LABEL),
                row.get(ARCHIVE_DOCUMENT.FLOOR_ORDER), row.get(ARCHIVE_DOCUMENT.SEQUENCE_NO), row.get(ARCHIVE_DOCUMENT.TYPE_ID),
                row.get(ARCHIVE_DOCUMENT_TYPE.TYPE_NAME), Optional.ofNullable(row.get(ARCHIVE_DOCUMENT.PERSON_NAME)),
                row.get(ARCHIVE_DOCUMENT.PAGES), row.get(ARCHIVE_DOCUMENT.RECEIVED_ON), row.get(ARCHIVE_DOCUMENT.FILED_BY),
                Confidentiality.valueOf(row.get(ARCHIVE_DOCUMENT.CONFIDENTIALITY)),
                Optional.ofNullable(row.get(ARCHIVE_DOCUMENT.RETENTION_YEARS)), notes == null ? "" : notes, box,
                row.get(ARCHIVE_DOCUMENT.OWNER_NAMES), Optional.ofNullable(row.get(ARCHIVE_DOCUMENT.OWNERS_SINCE)),
                Optional.ofNullable(row.get(ARCHIVE_DOCUMENT.PREVIOUS_OWNER_UNTIL)), Optional.ofNullable(due.get(id)),
                Optional.ofNullable(row.get(ARCHIVE_DESTRUCTION.DESTROYED_ON)), scans.getOrDefault(id, 0),
                row.get(ARCHIVE_DOCUMENT.ROW_VERSION));
    }
}
