package org.sitedesk.renovation;

import static org.sitedesk.core.db.schema.Tables.RENOVATION_DOCUMENT_TYPE;
import static org.sitedesk.core.db.schema.Tables.RENOVATION_SCOPE_ITEM;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jooq.Record;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;

/**
 * The site's editable lists: scope items (each marked where it touches an art. 5 prohibition, with the
 * document it then needs) and the art. 14 documents checklist. Items are retired, never deleted,
 * because old applications name them.
 */
public final class RenovationLists {
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,19}");

    private final Transactions transactions;
    private final AuditLog audit;

    public RenovationLists(Transactions transactions, AuditLog audit) {
        this.transactions = transactions;
        this.audit = audit;
    }

    public List<ScopeItem> scopeItems() {
        return transactions.inTransaction(tx -> tx.selectFrom(RENOVATION_SCOPE_ITEM).orderBy(RENOVATION_SCOPE_ITEM.SORT_ORDER)
                .fetch(RenovationLists::scopeItem));
    }

    public List<ChecklistDocument> documents() {
        return transactions.inTransaction(tx -> tx.selectFrom(RENOVATION_DOCUMENT_TYPE)
                .orderBy(RENOVATION_DOCUMENT_TYPE.SORT_ORDER)
                .fetch(row -> new ChecklistDocument(row.getCode(), row.getName(), DocumentNeed.valueOf(row.getNeeded()),
                        row.getSortOrder(), row.getActive())));
    }

    /** An item by its code or its name (the command line takes either). */
    public Optional<ScopeItem> scopeItem(String codeOrName) {
        String wanted = codeOrName == null ? "" : codeOrName.trim();
        return scopeItems().stream().filter(item -> item.code().equalsIgnoreCase(wanted) || item.name().equals(wanted))
                .findFirst();
    }

    public Optional<ChecklistDocument> document(String codeOrName) {
        String wanted = codeOrName == null ? "" : codeOrName.trim();
        return documents().stream().filter(doc -> doc.code().equalsIgnoreCase(wanted) || doc.name().equals(wanted))
                .findFirst();
    }

    /** Adds or changes a scope item; the document it names must be on the checklist. */
    public ScopeItem saveScopeItem(Actor actor, ScopeItem item) {
        actor.require(Permission.EDIT_SITE_SETTINGS);
        if (!CODE.matcher(item.code()).matches()) {
            throw new UserFacingException("error.renovation.itemCode", item.code());
        }
        String name = RenovationStore.text(item.name(), "error.renovation.itemName", 40, true);
        if (item.requiredDocument().isPresent() && document(item.requiredDocument().get()).isEmpty()) {
            throw new UserFacingException("error.renovation.noDocument", item.requiredDocument().get());
        }
        return transactions.inTransaction(tx -> {
            boolean exists = tx.fetchExists(RENOVATION_SCOPE_ITEM, RENOVATION_SCOPE_ITEM.CODE.eq(item.code()));
            if (exists) {
                tx.update(RENOVATION_SCOPE_ITEM).set(RENOVATION_SCOPE_ITEM.NAME, name)
                        .set(RENOVATION_SCOPE_ITEM.PROHIBITION, item.prohibition().map(Enum::name).orElse(null))
                        .set(RENOVATION_SCOPE_ITEM.REQUIRED_DOCUMENT, item.requiredDocument().orElse(null))
                        .set(RENOVATION_SCOPE_ITEM.SORT_ORDER, item.sortOrder()).set(RENOVATION_SCOPE_ITEM.ACTIVE, item.active())
                        .where(RENOVATION_SCOPE_ITEM.CODE.eq(item.code())).execute();
            } else {
                tx.insertInto(RENOVATION_SCOPE_ITEM).set(RENOVATION_SCOPE_ITEM.CODE, item.code())
                        .set(RENOVATION_SCOPE_ITEM.NAME, name)
                        .set(RENOVATION_SCOPE_ITEM.PROHIBITION, item.prohibition().map(Enum::name).orElse(null))
                        .set(RENOVATION_SCOPE_ITEM.REQUIRED_DOCUMENT, item.requiredDocument().orElse(null))
                        .set(RENOVATION_SCOPE_ITEM.SORT_ORDER, item.sortOrder()).set(RENOVATION_SCOPE_ITEM.ACTIVE, item.active())
                        .execute();
            }
            audit.record(tx, actor, RenovationAuditAction.RENOVATION_LISTS_CHANGED, item.code(), "name: " + name
                    + "; prohibition: " + item.prohibition().map(Enum::name).orElse("-") + "; document: "
                    + item.requiredDocument().orElse("-") + "; active: " + item.active());
            return new ScopeItem(item.code(), name, item.prohibition(), item.requiredDocument(), item.sortOrder(), item.active());
        });
    }

    static ScopeItem scopeItem(Record row) {
        return new ScopeItem(row.get(RENOVATION_SCOPE_ITEM.CODE), row.get(RENOVATION_SCOPE_ITEM.NAME),
                Optional.ofNullable(row.get(RENOVATION_SCOPE_ITEM.PROHIBITION)).map(Prohibition::valueOf),
                Optional.ofNullable(row.get(RENOVATION_SCOPE_ITEM.REQUIRED_DOCUMENT)), row.get(RENOVATION_SCOPE_ITEM.SORT_ORDER),
                row.get(RENOVATION_SCOPE_ITEM.ACTIVE));
    }
}
