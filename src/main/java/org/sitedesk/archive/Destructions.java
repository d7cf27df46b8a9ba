package org.sitedesk.archive;

import org.sitedesk.core.files.FileKind;
import org.sitedesk.core.files.HashedFileStore;
import static org.sitedesk.core.db.schema.Tables.ARCHIVE_DESTRUCTION;
import static org.sitedesk.core.db.schema.Tables.ARCHIVE_DOCUMENT;
import static org.sitedesk.core.db.schema.Tables.ARCHIVE_DOCUMENT_TYPE;
import static org.sitedesk.core.db.schema.Tables.ARCHIVE_SCAN;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.db.schema.tables.records.ArchiveScanRecord;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 销毁 (issue 15, item 6). Documents past their retention period are listed; destroying one needs a
 * supervisor's approval (the one who records it), a witness who is someone else, a method and a day.
 * The document stays in the register, marked destroyed with who approved and witnessed; its scans are
 * deleted from the data folder (PIPL 47: data past its purpose is deleted). A document kept
 * permanently, not yet due, or out on loan is not destroyed.
 */
public final class Destructions {
    private static final Logger LOG = LoggerFactory.getLogger(Destructions.class);
    private static final int MAX_WITNESS = 60;
    private static final int MAX_METHOD = 60;
    private static final int MAX_REASON = 200;

    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;
    private final HashedFileStore scans;

    public Destructions(Transactions transactions, AuditLog audit, Clock clock, HashedFileStore scans) {
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.scans = scans;
    }

    /** Documents whose retention has run out by {@code day} and that are still there, the longest due first. */
    public List<ArchiveDocument> due(Actor actor, LocalDate day) {
        actor.require(Permission.VIEW_ARCHIVE);
        return transactions.inTransaction(tx -> DocumentReader.read(tx, ARCHIVE_DOCUMENT.RETENTION_YEARS.isNotNull()
                        .and(ARCHIVE_DOCUMENT.ID.notIn(DSL.select(ARCHIVE_DESTRUCTION.DOCUMENT_ID).from(ARCHIVE_DESTRUCTION)))))
                .stream()
                .filter(document -> !document.retainedUntil().orElseThrow().isAfter(day))
                .sorted(Comparator.comparing((ArchiveDocument document) -> document.retainedUntil().orElseThrow())
                        .thenComparing(FileNumber.SHELF_ORDER))
                .toList();
    }

    public Destruction destroy(Actor actor, long documentId, DestructionRequest request) {
        actor.require(Permission.APPROVE_DESTRUCTION);
        String witness = text(request.witness(), MAX_WITNESS, "error.destroy.witness");
        String method = text(request.method(), MAX_METHOD, "error.destroy.method");
        String reason = text(request.reason(), MAX_REASON, "error.destroy.reason");
        LocalDate today = LocalDate.now(clock);
        LocalDate on = request.on() == null ? today : request.on();
        if (on.isAfter(today)) {
            throw new UserFacingException("error.destroy.dateInFuture", on);
        }
        if (witness.equals(actor.name()) || witness.equals(actor.displayName())) {
            throw new UserFacingException("error.destroy.witnessIsApprover");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<ArchiveScanRecord> removed = new java.util.ArrayList<>();
        Destruction done = transactions.inTransaction(tx -> {
            ArchiveDocument document = DocumentReader.locked(tx, documentId);
            if (document.isDestroyed()) {
                throw new UserFacingException("error.archive.destroyed", document.fileNo());
            }
            LocalDate until = document.retainedUntil()
                    .orElseThrow(() -> new UserFacingException("error.destroy.permanent", document.fileNo(), document.typeName()));
            if (until.isAfter(on)) {
                throw new UserFacingException("error.destroy.notDue", document.fileNo(), until);
            }
            if (document.dueBack().isPresent()) {
                throw new UserFacingException("error.destroy.out", document.fileNo());
            }
            List<ArchiveScanRecord> live = tx.selectFrom(ARCHIVE_SCAN).where(ARCHIVE_SCAN.DOCUMENT_ID.eq(documentId))
                    .and(ARCHIVE_SCAN.DELETED_AT.isNull()).fetch();
            tx.update(ARCHIVE_SCAN).set(ARCHIVE_SCAN.DELETED_AT, now)
                    .where(ARCHIVE_SCAN.DOCUMENT_ID.eq(documentId)).and(ARCHIVE_SCAN.DELETED_AT.isNull()).execute();
            for (ArchiveScanRecord scan : live) {
                // the same file may be a scan of another document still kept: its file stays then
                if (!tx.fetchExists(ARCHIVE_SCAN, ARCHIVE_SCAN.CONTENT_HASH.eq(scan.getContentHash())
                        .and(ARCHIVE_SCAN.DELETED_AT.isNull()))) {
                    removed.add(scan);
                }
            }
            tx.insertInto(ARCHIVE_DESTRUCTION)
                    .set(ARCHIVE_DESTRUCTION.DOCUMENT_ID, documentId)
                    .set(ARCHIVE_DESTRUCTION.DESTROYED_ON, on)
                    .set(ARCHIVE_DESTRUCTION.METHOD, method)
                    .set(ARCHIVE_DESTRUCTION.REASON, reason)
                    .set(ARCHIVE_DESTRUCTION.WITNESS, witness)
                    .set(ARCHIVE_DESTRUCTION.APPROVED_BY, actor.name())
                    .set(ARCHIVE_DESTRUCTION.APPROVER_NAME, actor.displayName())
                    .set(ARCHIVE_DESTRUCTION.RECORDED_AT, now)
                    .set(ARCHIVE_DESTRUCTION.SCANS_DELETED, live.size())
                    .execute();
            tx.update(ARCHIVE_DOCUMENT).set(ARCHIVE_DOCUMENT.ROW_VERSION, ARCHIVE_DOCUMENT.ROW_VERSION.plus(1))
                    .where(ARCHIVE_DOCUMENT.ID.eq(documentId)).execute();
            audit.record(tx, actor, ArchiveAuditAction.DOCUMENT_DESTROYED, document.fileNo(), "destroyed_on: " + on + "; destroy_method: "
                    + method + "; witness: " + witness + "; reason: " + reason + "; scans_deleted: " + live.size());
            return read(tx, ARCHIVE_DESTRUCTION.DOCUMENT_ID.eq(documentId)).get(0);
        });
        // the files go once the record of their deletion is committed; one that cannot go is logged to remove by hand
        for (ArchiveScanRecord scan : removed) {
            try {
                scans.delete(scan.getContentHash(), FileKind.valueOf(scan.getMediaType()));
            } catch (RuntimeException e) {
                LOG.error("Scan {} of destroyed document {} could not be deleted; delete {} by hand", scan.getId(),
                        done.fileNo(), scans.path(scan.getContentHash(), FileKind.valueOf(scan.getMediaType())), e);
            }
        }
        return done;
    }

    /** 销毁清单: every destroyed document, in the order they were destroyed. */
    public List<Destruction> register(Actor actor) {
        actor.require(Permission.VIEW_ARCHIVE);
        return transactions.inTransaction(tx -> read(tx, DSL.noCondition()));
    }

    private static List<Destruction> read(DSLContext tx, org.jooq.Condition which) {
        return tx.select().from(ARCHIVE_DESTRUCTION)
                .join(ARCHIVE_DOCUMENT).on(ARCHIVE_DOCUMENT.ID.eq(ARCHIVE_DESTRUCTION.DOCUMENT_ID))
                .join(ARCHIVE_DOCUMENT_TYPE).on(ARCHIVE_DOCUMENT_TYPE.ID.eq(ARCHIVE_DOCUMENT.TYPE_ID))
                .where(which)
                .orderBy(ARCHIVE_DESTRUCTION.DESTROYED_ON, ARCHIVE_DESTRUCTION.RECORDED_AT, ARCHIVE_DOCUMENT.FILE_NO)
                .fetch(Destructions::toDestruction);
    }

    private static Destruction toDestruction(Record row) {
        return new Destruction(row.get(ARCHIVE_DOCUMENT.ID), row.get(ARCHIVE_DOCUMENT.FILE_NO),
                row.get(ARCHIVE_DOCUMENT.ROOM_CODE), row.get(ARCHIVE_DOCUMENT_TYPE.TYPE_NAME), row.get(ARCHIVE_DOCUMENT.PAGES),
                row.get(ARCHIVE_DOCUMENT.RECEIVED_ON), Optional.ofNullable(row.get(ARCHIVE_DOCUMENT.RETENTION_YEARS)),
                row.get(ARCHIVE_DESTRUCTION.DESTROYED_ON), row.get(ARCHIVE_DESTRUCTION.METHOD),
                row.get(ARCHIVE_DESTRUCTION.REASON), row.get(ARCHIVE_DESTRUCTION.WITNESS),
                row.get(ARCHIVE_DESTRUCTION.APPROVED_BY), row.get(ARCHIVE_DESTRUCTION.APPROVER_NAME),
                row.get(ARCHIVE_DESTRUCTION.SCANS_DELETED));
    }

    private static String text(String typed, int max, String problemKey) {
        String clean = typed == null ? "" : typed.trim();
        if (clean.isEmpty() || clean.length() > max) {
            throw new UserFacingException(problemKey, max);
        }
        return clean;
    }
}
