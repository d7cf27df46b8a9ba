package org.sitedesk.lostfound;

import static org.sitedesk.core.db.schema.Tables.FOUND_ITEM;
import static org.sitedesk.core.db.schema.Tables.FOUND_ITEM_DISPOSAL;

import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;

/**
 * 处置 (民法典 318, DOMAIN.md "Lost and found" 3): an item nobody claimed within its period is donated,
 * destroyed or handed to the authorities, approved by a supervisor (the one recording it), and the
 * log says so. Before its period is over it is refused; the item's row stays (nothing is deleted).
 */
public final class Disposals {
    private static final int MAX_NOTE = 200;

    private final Transactions transactions;
    private final AuditLog audit;
    private final ItemStore store;

    Disposals(Transactions transactions, AuditLog audit, ItemStore store) {
        this.transactions = transactions;
        this.audit = audit;
        this.store = store;
    }

    public FoundItem dispose(Actor actor, String itemNumber, DisposalWay way, String note) {
        actor.require(Permission.SUPERVISE_LOST_AND_FOUND);
        if (way == null) {
            throw new UserFacingException("error.lost.disposalWay");
        }
        String why = ItemStore.text(note, "error.lost.noteLength", false, MAX_NOTE);
        return transactions.inTransaction(tx -> {
            FoundItem item = store.locked(tx, itemNumber);
            store.refuseUnlessHeld(item);
            if (item.dueOn().isEmpty()) {
                throw new UserFacingException("error.lost.noNotice", item.number());
            }
            if (!item.isDue(store.today())) {
                throw new UserFacingException("error.lost.notDue", item.number(), item.dueOn().get());
            }
            tx.insertInto(FOUND_ITEM_DISPOSAL).set(FOUND_ITEM_DISPOSAL.FOUND_ITEM_ID, item.id())
                    .set(FOUND_ITEM_DISPOSAL.WAY, way.name()).set(FOUND_ITEM_DISPOSAL.NOTE, ItemStore.orNull(why))
                    .set(FOUND_ITEM_DISPOSAL.APPROVED_BY, actor.name()).set(FOUND_ITEM_DISPOSAL.DISPOSED_ON, store.today())
                    .set(FOUND_ITEM_DISPOSAL.RECORDED_AT, store.now()).execute();
            tx.update(FOUND_ITEM).set(FOUND_ITEM.STATE, ItemState.DISPOSED.name()).where(FOUND_ITEM.ID.eq(item.id())).execute();
            audit.record(tx, actor, LostFoundAuditAction.ITEM_DISPOSED, item.number(), "way: " + way.name()
                    + "; disposal_due: " + item.dueOn().get() + (why.isEmpty() ? "" : "; reason: " + why));
            return store.read(tx, item.id());
        });
    }
}
