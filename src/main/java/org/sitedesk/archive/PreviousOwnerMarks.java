package org.sitedesk.archive;

import static org.sitedesk.core.db.schema.Tables.ARCHIVE_DOCUMENT;

import java.time.LocalDate;
import org.jooq.DSLContext;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.users.Actor;
import org.sitedesk.estate.OwnershipTransferListener;

/**
 * The archive's part of a 过户 (issue 15, item 5), in the transfer's own transaction: the documents
 * the unit's earlier owners handed in stay where they are, marked as of the previous owner up to the
 * day before the transfer, and the checklist starts again for the new owners. Papers received on or
 * after the transfer day (the new owner's 过户资料 may be filed before the counter records the 过户)
 * are the new owners'.
 */
public final class PreviousOwnerMarks implements OwnershipTransferListener {
    private final AuditLog audit;

    public PreviousOwnerMarks(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void transferred(DSLContext tx, Actor actor, long unitId, LocalDate on, String previousOwners, String newOwners) {
        int marked = tx.update(ARCHIVE_DOCUMENT)
                .set(ARCHIVE_DOCUMENT.PREVIOUS_OWNER_UNTIL, on.minusDays(1))
                .set(ARCHIVE_DOCUMENT.ROW_VERSION, ARCHIVE_DOCUMENT.ROW_VERSION.plus(1))
                .where(ARCHIVE_DOCUMENT.UNIT_ID.eq(unitId))
                .and(ARCHIVE_DOCUMENT.PREVIOUS_OWNER_UNTIL.isNull())
                .and(ARCHIVE_DOCUMENT.RECEIVED_ON.lt(on))
                .execute();
        tx.update(ARCHIVE_DOCUMENT)
                .set(ARCHIVE_DOCUMENT.OWNER_NAMES, newOwners)
                .set(ARCHIVE_DOCUMENT.OWNERS_SINCE, on)
                .set(ARCHIVE_DOCUMENT.ROW_VERSION, ARCHIVE_DOCUMENT.ROW_VERSION.plus(1))
                .where(ARCHIVE_DOCUMENT.UNIT_ID.eq(unitId))
                .and(ARCHIVE_DOCUMENT.PREVIOUS_OWNER_UNTIL.isNull())
                .and(ARCHIVE_DOCUMENT.RECEIVED_ON.ge(on))
                .execute();
        if (marked > 0) {
            String room = tx.select(ARCHIVE_DOCUMENT.ROOM_CODE).from(ARCHIVE_DOCUMENT)
                    .where(ARCHIVE_DOCUMENT.UNIT_ID.eq(unitId)).limit(1).fetchOne(ARCHIVE_DOCUMENT.ROOM_CODE);
            audit.record(tx, actor, ArchiveAuditAction.PREVIOUS_OWNER_MARKED, room, "documents: " + marked
                    + "; previous_owners: " + previousOwners + "; marked_until: " + on.minusDays(1));
        }
    }
}
