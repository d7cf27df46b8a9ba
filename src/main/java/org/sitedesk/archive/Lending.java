package org.sitedesk.archive;

import static org.sitedesk.core.db.schema.Tables.ARCHIVE_LOAN;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.impl.DSL;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.db.schema.tables.records.ArchiveLoanRecord;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;

/**
 * 借阅 (issue 15, item 4). The one who records a loan approves it, and may only if the document's
 * level allows: 普通 the archive manager, 秘密 a supervisor, 机密 and 绝密 an administrator, and
 * those only for reading in the archive room, due back the same day (仅限室内查阅). A document is out
 * to one borrower at a time, and a destroyed one to nobody. The return records the pages counted; a
 * count that differs from the pages lent is flagged and stays on the loan.
 */
public final class Lending {
    private static final int MAX_BORROWER = 60;
    private static final int MAX_REASON = 200;

    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;

    public Lending(Transactions transactions, AuditLog audit, Clock clock) {
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    public Loan lend(Actor actor, long documentId, LoanRequest request) {
        LocalDate today = LocalDate.now(clock);
        String borrower = text(request.borrower(), MAX_BORROWER, "error.loan.borrower");
        String reason = text(request.reason(), MAX_REASON, "error.loan.reason");
        if (request.due() == null) {
            throw new UserFacingException("error.loan.dueRequired");
        }
        if (request.due().isBefore(today)) {
            throw new UserFacingException("error.loan.duePast", request.due());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        return transactions.inTransaction(tx -> {
            ArchiveDocument document = DocumentReader.locked(tx, documentId);
            // the level decides who may approve: checked here, whatever the screen offered
            actor.require(document.level().approval());
            if (document.isDestroyed()) {
                throw new UserFacingException("error.archive.destroyed", document.fileNo());
            }
            if (document.dueBack().isPresent()) {
                throw new UserFacingException("error.loan.alreadyOut", document.fileNo(), document.dueBack().get());
            }
            if (document.level().readingRoomOnly() && !request.due().equals(today)) {
                throw new UserFacingException("error.loan.readingRoomOnly", document.fileNo(), document.level(), today);
            }
            ArchiveLoanRecord row = tx.newRecord(ARCHIVE_LOAN);
            row.setDocumentId(documentId);
            row.setBorrower(borrower);
            row.setReason(reason);
            row.setLentAt(now);
            row.setDueOn(request.due());
            row.setReadingRoomOnly(document.level().readingRoomOnly());
            row.setApprovedBy(actor.name());
            row.setApproverName(actor.displayName());
            row.setApproverRole(actor.role().code());
            row.setPagesLent(document.pages());
            row.store();
            audit.record(tx, actor, ArchiveAuditAction.DOCUMENT_LENT, document.fileNo(), "borrower: " + borrower
                    + "; reason: " + reason + "; due: " + request.due() + "; level: " + document.level().name()
                    + (document.level().readingRoomOnly() ? "; reading_room_only: true" : ""));
            return LoanReader.read(tx, ARCHIVE_LOAN.ID.eq(row.getId())).get(0);
        });
    }

    /** Takes a document back with the pages counted; a different count is flagged on the loan and in the audit row. */
    public Loan giveBack(Actor actor, long documentId, int pagesCounted, String note) {
        actor.require(Permission.LEND_DOCUMENTS);
        if (pagesCounted < 1 || pagesCounted > DocumentFiling.MAX_PAGES) {
            throw new UserFacingException("error.archive.pages", String.valueOf(DocumentFiling.MAX_PAGES));
        }
        String cleanNote = note == null ? "" : note.trim();
        if (cleanNote.length() > MAX_REASON) {
            throw new UserFacingException("error.loan.note", MAX_REASON);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        return transactions.inTransaction(tx -> {
            ArchiveDocument document = DocumentReader.locked(tx, documentId);
            ArchiveLoanRecord row = tx.selectFrom(ARCHIVE_LOAN).where(ARCHIVE_LOAN.DOCUMENT_ID.eq(documentId))
                    .and(ARCHIVE_LOAN.RETURNED_AT.isNull()).fetchOptional()
                    .orElseThrow(() -> new UserFacingException("error.loan.notOut", document.fileNo()));
            row.setReturnedAt(now);
            row.setReceivedBy(actor.name());
            row.setPagesReturned(pagesCounted);
            row.setReturnNote(cleanNote.isEmpty() ? null : cleanNote);
            row.store();
            boolean differs = pagesCounted != row.getPagesLent();
            audit.record(tx, actor, ArchiveAuditAction.DOCUMENT_RETURNED, document.fileNo(), "borrower: " + row.getBorrower()
                    + "; pages: " + row.getPagesLent() + " → " + pagesCounted + (differs ? "; pages_differ: true" : "")
                    + (cleanNote.isEmpty() ? "" : "; note: " + cleanNote));
            return LoanReader.read(tx, ARCHIVE_LOAN.ID.eq(row.getId())).get(0);
        });
    }

    /** 借阅登记: every loan there has been, newest first. */
    public List<Loan> register(Actor actor) {
        actor.require(Permission.VIEW_ARCHIVE);
        return transactions.inTransaction(tx -> LoanReader.read(tx, DSL.noCondition()));
    }

    private static String text(String typed, int max, String problemKey) {
        String clean = typed == null ? "" : typed.trim();
        if (clean.isEmpty() || clean.length() > max) {
            throw new UserFacingException(problemKey, max);
        }
        return clean;
    }
}
