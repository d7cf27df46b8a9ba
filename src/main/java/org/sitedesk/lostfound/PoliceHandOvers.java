package org.sitedesk.lostfound;

import static org.sitedesk.core.db.schema.Tables.FOUND_ITEM;
import static org.sitedesk.core.db.schema.Tables.POLICE_HANDOVER;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;

/**
 * 移交派出所 (DOMAIN.md "Lost and found" 2): items handed to the police station together, logged with
 * the station, the receiving officer and the day; the hand-over list prints for the officer to sign.
 */
public final class PoliceHandOvers {
    private static final int MAX_STATION = 60;
    private static final int MAX_OFFICER = 40;
    private static final int MAX_OFFICER_NUMBER = 20;

    private final Transactions transactions;
    private final AuditLog audit;
    private final ItemStore store;

    PoliceHandOvers(Transactions transactions, AuditLog audit, ItemStore store) {
        this.transactions = transactions;
        this.audit = audit;
        this.store = store;
    }

    /** Hands every item named over in one hand-over; all of them, or none. */
    public List<FoundItem> handOver(Actor actor, List<String> numbers, HandOverDraft draft) {
        actor.require(Permission.HANDLE_LOST_AND_FOUND);
        Set<String> wanted = new LinkedHashSet<>(numbers.stream().map(ItemStore::normalized).toList());
        if (wanted.isEmpty()) {
            throw new UserFacingException("error.lost.noItemsChosen");
        }
        String station = ItemStore.text(draft.station(), "error.lost.station", true, MAX_STATION);
        String officer = ItemStore.text(draft.officerName(), "error.lost.officer", true, MAX_OFFICER);
        String officerNumber = ItemStore.text(draft.officerNumber(), "error.lost.officerNumber", false, MAX_OFFICER_NUMBER);
        if (draft.handedOn() == null || draft.handedOn().isAfter(store.today())) {
            throw new UserFacingException("error.lost.handOverFuture");
        }
        return transactions.inTransaction(tx -> {
            List<FoundItem> items = new ArrayList<>();
            for (String number : wanted) {
                FoundItem item = store.locked(tx, number);
                store.refuseUnlessHeld(item);
                if (draft.handedOn().isBefore(item.foundOn())) {
                    throw new UserFacingException("error.lost.handOverBeforeFound", item.number(), item.foundOn());
                }
                items.add(item);
            }
            long handOver = tx.insertInto(POLICE_HANDOVER).set(POLICE_HANDOVER.STATION, station)
                    .set(POLICE_HANDOVER.OFFICER_NAME, officer).set(POLICE_HANDOVER.OFFICER_NUMBER, ItemStore.orNull(officerNumber))
                    .set(POLICE_HANDOVER.HANDED_ON, draft.handedOn()).set(POLICE_HANDOVER.HANDED_BY, actor.name())
                    .set(POLICE_HANDOVER.RECORDED_AT, store.now()).returning(POLICE_HANDOVER.ID).fetchOne().getId();
            List<FoundItem> handed = new ArrayList<>();
            for (FoundItem item : items) {
                tx.update(FOUND_ITEM).set(FOUND_ITEM.STATE, ItemState.POLICE.name()).set(FOUND_ITEM.HANDOVER_ID, handOver)
                        .where(FOUND_ITEM.ID.eq(item.id())).execute();
                audit.record(tx, actor, LostFoundAuditAction.HANDED_TO_POLICE, item.number(), "station: " + station
                        + "; officer: " + officer + (officerNumber.isEmpty() ? "" : " " + officerNumber)
                        + "; handed_on: " + draft.handedOn());
                handed.add(store.read(tx, item.id()));
            }
            return handed;
        });
    }

    /** Every item of the hand-over an item was on, for printing its list again. */
    public List<FoundItem> sameHandOver(Actor actor, String itemNumber) {
        actor.require(Permission.HANDLE_LOST_AND_FOUND);
        return transactions.inTransaction(tx -> {
            FoundItem item = ItemReader.one(tx, store.clock().getZone(),
                    FOUND_ITEM.ITEM_NUMBER.eq(ItemStore.normalized(itemNumber)))
                    .orElseThrow(() -> new UserFacingException("error.lost.noItem", ItemStore.normalized(itemNumber)));
            PoliceHandOver handOver = item.handOver()
                    .orElseThrow(() -> new UserFacingException("error.lost.notHandedOver", item.number()));
            return ItemReader.read(tx, store.clock().getZone(), FOUND_ITEM.HANDOVER_ID.eq(handOver.id()));
        });
    }
}
