package org.sitedesk.archive;

import org.sitedesk.core.files.HashedFileStore;
import static org.sitedesk.core.db.schema.Tables.ARCHIVE_DOCUMENT;
import static org.sitedesk.core.db.schema.Tables.ARCHIVE_MOVE;
import static org.sitedesk.core.db.schema.Tables.ARCHIVE_SCAN;

import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.sitedesk.core.db.schema.tables.records.ArchiveDocumentRecord;
import org.sitedesk.core.users.Actor;

/** Writes the rows of a filed document (its number, its first placing, its scans) inside the caller's transaction. */
final class DocumentRows {
    private DocumentRows() {
    }

    /** The unit's next sequence: one more than the highest it has had, destroyed documents included. */
    static int nextSequence(DSLContext tx, long unitId) {
        Integer last = tx.select(DSL.max(ARCHIVE_DOCUMENT.SEQUENCE_NO)).from(ARCHIVE_DOCUMENT)
                .where(ARCHIVE_DOCUMENT.UNIT_ID.eq(unitId)).fetchOne().value1();
        return last == null ? 1 : last + 1;
    }

    static ArchiveDocumentRecord insert(DSLContext tx, Actor actor, Filing filing, int sequence, OffsetDateTime now) {
        ArchiveDocumentRecord row = unsaved(tx, actor, filing, sequence, now);
        row.store();
        filing.box().ifPresent(box -> move(tx, actor, row.getId(), null, box.id(), now));
        return row;
    }

    /**
     * Many documents at once (an import): one batch of rows, then the first placing of every one
     * that went into a box, in one statement.
     */
    static void insertAll(DSLContext tx, List<ArchiveDocumentRecord> rows, OffsetDateTime now) {
        tx.batchInsert(rows).execute();
        tx.insertInto(ARCHIVE_MOVE, ARCHIVE_MOVE.DOCUMENT_ID, ARCHIVE_MOVE.TO_BOX_ID, ARCHIVE_MOVE.MOVED_AT, ARCHIVE_MOVE.MOVED_BY)
                .select(DSL.select(ARCHIVE_DOCUMENT.ID, ARCHIVE_DOCUMENT.BOX_ID, ARCHIVE_DOCUMENT.FILED_AT, ARCHIVE_DOCUMENT.FILED_BY)
                        .from(ARCHIVE_DOCUMENT)
                        .where(ARCHIVE_DOCUMENT.FILED_AT.eq(now))
                        .and(ARCHIVE_DOCUMENT.BOX_ID.isNotNull())
                        .andNotExists(DSL.selectOne().from(ARCHIVE_MOVE).where(ARCHIVE_MOVE.DOCUMENT_ID.eq(ARCHIVE_DOCUMENT.ID))))
                .execute();
    }

    /** The row of a document, not yet written. */
    static ArchiveDocumentRecord unsaved(DSLContext tx, Actor actor, Filing filing, int sequence, OffsetDateTime now) {
        ArchiveDocumentRecord row = tx.newRecord(ARCHIVE_DOCUMENT);
        row.setFileNo(FileNumber.of(filing.unit().room(), filing.unit().floor(), sequence));
        row.setUnitId(filing.unit().id());
        row.setRoomCode(filing.unit().room().toString());
        row.setFloorLabel(filing.unit().floor());
        row.setFloorOrder(filing.floorOrder());
        row.setSequenceNo(sequence);
        row.setTypeId(filing.type().id());
        row.setPersonId(filing.personId().orElse(null));
        row.setPersonName(filing.personName().orElse(null));
        row.setPages(filing.pages());
        row.setReceivedOn(filing.received());
        row.setFiledBy(actor.name());
        row.setFiledAt(now);
        row.setConfidentiality(filing.level().name());
        row.setRetentionYears(filing.type().retentionYears().orElse(null));
        row.setNotes(filing.notes().isEmpty() ? null : filing.notes());
        row.setBoxId(filing.box().map(Box::id).orElse(null));
        row.setOwnerNames(filing.ownerNames());
        row.setOwnersSince(filing.ownersSince().orElse(null));
        row.setRowVersion(0);
        return row;
    }

    static void move(DSLContext tx, Actor actor, long documentId, Long from, Long to, OffsetDateTime now) {
        tx.insertInto(ARCHIVE_MOVE)
                .set(ARCHIVE_MOVE.DOCUMENT_ID, documentId)
                .set(ARCHIVE_MOVE.FROM_BOX_ID, from)
                .set(ARCHIVE_MOVE.TO_BOX_ID, to)
                .set(ARCHIVE_MOVE.MOVED_AT, now)
                .set(ARCHIVE_MOVE.MOVED_BY, actor.name())
                .execute();
    }

    static void scan(DSLContext tx, Actor actor, long documentId, HashedFileStore.Checked scan, OffsetDateTime now) {
        tx.insertInto(ARCHIVE_SCAN)
                .set(ARCHIVE_SCAN.DOCUMENT_ID, documentId)
                .set(ARCHIVE_SCAN.CONTENT_HASH, scan.hash())
                .set(ARCHIVE_SCAN.MEDIA_TYPE, scan.kind().name())
                .set(ARCHIVE_SCAN.SIZE_BYTES, (long) scan.content().length)
                .set(ARCHIVE_SCAN.ADDED_AT, now)
                .set(ARCHIVE_SCAN.ADDED_BY, actor.name())
                .execute();
    }
}
