package org.sitedesk.archive;

import org.sitedesk.core.files.HashedFileStore;
import static org.sitedesk.core.db.schema.Tables.ARCHIVE_SCAN;

import java.nio.file.Files;
import java.nio.file.Path;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;

/**
 * Opening a scan (issue 15, item 2): the stored file for the system viewer. A scan of a 秘密 or
 * higher document is personal data seen in full, like an unmasked ID number (DOMAIN.md personal
 * information 2, PIPL 51): only roles that may see personal data open it, and every opening is an
 * audit row.
 */
public final class ScanViewing {
    private final Transactions transactions;
    private final AuditLog audit;
    private final HashedFileStore scans;

    public ScanViewing(Transactions transactions, AuditLog audit, HashedFileStore scans) {
        this.transactions = transactions;
        this.audit = audit;
        this.scans = scans;
    }

    /** The file to open; audited (in the same transaction as the check) for 秘密 and above. */
    public Path open(Actor actor, long scanId) {
        actor.require(Permission.VIEW_ARCHIVE);
        return transactions.inTransaction(tx -> {
            Scan scan = tx.selectFrom(ARCHIVE_SCAN).where(ARCHIVE_SCAN.ID.eq(scanId)).fetchOptional(ArchiveLookup::toScan)
                    .orElseThrow(() -> new UserFacingException("error.scan.notFound"));
            ArchiveDocument document = DocumentReader.read(tx,
                    org.sitedesk.core.db.schema.Tables.ARCHIVE_DOCUMENT.ID.eq(scan.documentId())).get(0);
            if (scan.isDeleted()) {
                throw new UserFacingException("error.scan.deleted", document.fileNo());
            }
            if (document.level().viewAudited()) {
                actor.require(Permission.VIEW_PERSONAL_DATA);
                audit.record(tx, actor, ArchiveAuditAction.SCAN_VIEWED, document.fileNo(), "level: "
                        + document.level().name() + "; sha256: " + scan.hash());
            }
            Path file = scans.path(scan.hash(), scan.type());
            if (!Files.isRegularFile(file)) {
                throw new UserFacingException("error.scan.fileMissing", document.fileNo(), file);
            }
            return file;
        });
    }
}
