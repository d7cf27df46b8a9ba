package org.sitedesk.archive;

import static org.sitedesk.core.db.schema.Tables.ARCHIVE_DOCUMENT;
import static org.sitedesk.core.db.schema.Tables.ARCHIVE_DOCUMENT_TYPE;
import static org.sitedesk.core.db.schema.Tables.ARCHIVE_LOAN;

import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Reads loans with their document's number, room, type and level, newest first. */
final class LoanReader {
    private LoanReader() {
    }

    static List<Loan> read(DSLContext tx, Condition which) {
        return tx.select()
                .from(ARCHIVE_LOAN)
                .join(ARCHIVE_DOCUMENT).on(ARCHIVE_DOCUMENT.ID.eq(ARCHIVE_LOAN.DOCUMENT_ID))
                .join(ARCHIVE_DOCUMENT_TYPE).on(ARCHIVE_DOCUMENT_TYPE.ID.eq(ARCHIVE_DOCUMENT.TYPE_ID))
                .where(which)
                .orderBy(ARCHIVE_LOAN.LENT_AT.desc(), ARCHIVE_LOAN.ID.desc())
                .fetch(LoanReader::toLoan);
    }

    private static Loan toLoan(Record row) {
        String note = row.get(ARCHIVE_LOAN.RETURN_NOTE);
        return new Loan(row.get(ARCHIVE_LOAN.ID), row.get(ARCHIVE_LOAN.DOCUMENT_ID), row.get(ARCHIVE_DOCUMENT.FILE_NO),
                row.get(ARCHIVE_DOCUMENT.ROOM_CODE), row.get(ARCHIVE_DOCUMENT_TYPE.TYPE_NAME),
                Confidentiality.valueOf(row.get(ARCHIVE_DOCUMENT.CONFIDENTIALITY)), row.get(ARCHIVE_LOAN.BORROWER),
                row.get(ARCHIVE_LOAN.REASON), row.get(ARCHIVE_LOAN.LENT_AT), row.get(ARCHIVE_LOAN.DUE_ON),
                row.get(ARCHIVE_LOAN.READING_ROOM_ONLY), row.get(ARCHIVE_LOAN.APPROVED_BY), row.get(ARCHIVE_LOAN.APPROVER_NAME),
                row.get(ARCHIVE_LOAN.PAGES_LENT), Optional.ofNullable(row.get(ARCHIVE_LOAN.RETURNED_AT)),
                Optional.ofNullable(row.get(ARCHIVE_LOAN.RECEIVED_BY)), Optional.ofNullable(row.get(ARCHIVE_LOAN.PAGES_RETURNED)),
                note == null ? "" : note);
    }
}
