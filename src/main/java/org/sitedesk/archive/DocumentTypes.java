package org.sitedesk.archive;

import static org.sitedesk.core.db.schema.Tables.ARCHIVE_DOCUMENT_TYPE;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.db.schema.tables.records.ArchiveDocumentTypeRecord;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;

/**
 * The site's list of document types (issue 15, item 1): seeded with what a service center files for
 * an owner and for a renovation, edited by the archive manager. A type is retired, never deleted,
 * because documents name it; a new retention or default level applies to documents filed after.
 */
public final class DocumentTypes {
    private static final int MAX_NAME = 40;
    private static final int MAX_RETENTION_YEARS = 100;

    private final Transactions transactions;
    private final AuditLog audit;

    public DocumentTypes(Transactions transactions, AuditLog audit) {
        this.transactions = transactions;
        this.audit = audit;
    }

    /** Every type, retired ones too, in the list's order. */
    public List<DocumentType> all() {
        return transactions.inTransaction(DocumentTypes::all);
    }

    /** The types a new document may have. */
    public List<DocumentType> active() {
        return all().stream().filter(DocumentType::active).toList();
    }

    static List<DocumentType> all(DSLContext tx) {
        return tx.selectFrom(ARCHIVE_DOCUMENT_TYPE)
                .orderBy(ARCHIVE_DOCUMENT_TYPE.SORT_ORDER, ARCHIVE_DOCUMENT_TYPE.ID)
                .fetch(DocumentTypes::toType);
    }

    /** A type by its name as typed (the command line's {@code --type}, an import's column). */
    public Optional<DocumentType> named(String name) {
        String wanted = name == null ? "" : name.trim();
        return all().stream().filter(type -> type.name().equals(wanted)).findFirst();
    }

    /** Adds a type ({@code id} empty) or changes one; names are unique. */
    public DocumentType save(Actor actor, Optional<Long> id, DocumentTypeDraft draft) {
        actor.require(Permission.FILE_DOCUMENTS);
        String name = draft.name() == null ? "" : draft.name().trim();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new UserFacingException("error.archiveType.name", MAX_NAME);
        }
        if (draft.group() == null || draft.defaultLevel() == null || draft.checklist() == null) {
            throw new UserFacingException("error.archiveType.incomplete");
        }
        if (draft.retentionYears().filter(years -> years < 1 || years > MAX_RETENTION_YEARS).isPresent()) {
            throw new UserFacingException("error.archiveType.retention", MAX_RETENTION_YEARS);
        }
        return transactions.inTransaction(tx -> {
            boolean taken = tx.fetchExists(ARCHIVE_DOCUMENT_TYPE, ARCHIVE_DOCUMENT_TYPE.TYPE_NAME.eq(name)
                    .and(id.map(ARCHIVE_DOCUMENT_TYPE.ID::ne).orElse(DSL.noCondition())));
            if (taken) {
                throw new UserFacingException("error.archiveType.nameTaken", name);
            }
            ArchiveDocumentTypeRecord row = id.map(existing -> tx.selectFrom(ARCHIVE_DOCUMENT_TYPE)
                            .where(ARCHIVE_DOCUMENT_TYPE.ID.eq(existing)).forUpdate().fetchOptional()
                            .orElseThrow(() -> new UserFacingException("error.archiveType.notFound", name)))
                    .orElseGet(() -> {
                        ArchiveDocumentTypeRecord added = tx.newRecord(ARCHIVE_DOCUMENT_TYPE);
                        Integer last = tx.select(DSL.max(ARCHIVE_DOCUMENT_TYPE.SORT_ORDER)).from(ARCHIVE_DOCUMENT_TYPE)
                                .fetchOne().value1();
                        added.setSortOrder(last == null ? 1 : last + 1);
                        return added;
                    });
            row.setTypeName(name);
            row.setTypeGroup(draft.group().name());
            row.setRetentionYears(draft.retentionYears().orElse(null));
            row.setDefaultLevel(draft.defaultLevel().name());
            row.setChecklist(draft.checklist().name());
            row.setActive(draft.active());
            row.store();
            audit.record(tx, actor, ArchiveAuditAction.DOCUMENT_TYPE_SAVED, name, "retention_years: "
                    + draft.retentionYears().map(String::valueOf).orElse("permanent") + "; default_level: "
                    + draft.defaultLevel().name() + "; checklist: " + draft.checklist().name() + "; active: " + draft.active());
            return toType(row);
        });
    }

    static DocumentType toType(ArchiveDocumentTypeRecord row) {
        return new DocumentType(row.getId(), row.getTypeName(), DocumentGroup.valueOf(row.getTypeGroup()),
                Optional.ofNullable(row.getRetentionYears()), Confidentiality.valueOf(row.getDefaultLevel()),
                Checklist.valueOf(row.getChecklist()), row.getSortOrder(), row.getActive());
    }
}
