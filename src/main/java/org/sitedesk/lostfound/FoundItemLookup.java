package org.sitedesk.lostfound;

import static org.sitedesk.core.db.schema.Tables.FOUND_ITEM;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;

/**
 * Reads found items: one by number, the register (失物招领登记簿) as filtered, the items due for
 * disposal by a day, and what the dashboard lists today.
 */
public final class FoundItemLookup {
    private final Transactions transactions;
    private final ItemStore store;

    FoundItemLookup(Transactions transactions, ItemStore store) {
        this.transactions = transactions;
        this.store = store;
    }

    public Optional<FoundItem> find(Actor actor, String number) {
        actor.require(Permission.HANDLE_LOST_AND_FOUND);
        return transactions.inTransaction(tx -> ItemReader.one(tx, store.clock().getZone(),
                FOUND_ITEM.ITEM_NUMBER.eq(ItemStore.normalized(number))));
    }

    /** The register as filtered, in the order items were found. */
    public List<FoundItem> register(Actor actor, RegisterFilter filter) {
        actor.require(Permission.HANDLE_LOST_AND_FOUND);
        Condition where = DSL.trueCondition();
        if (filter.state().isPresent()) {
            where = where.and(FOUND_ITEM.STATE.eq(filter.state().get().name()));
        }
        if (filter.categoryCode().isPresent()) {
            where = where.and(FOUND_ITEM.CATEGORY_CODE.eq(filter.categoryCode().get()));
        }
        if (filter.foundFrom().isPresent()) {
            where = where.and(FOUND_ITEM.FOUND_AT.ge(startOf(filter.foundFrom().get())));
        }
        if (filter.foundTo().isPresent()) {
            where = where.and(FOUND_ITEM.FOUND_AT.lt(startOf(filter.foundTo().get().plusDays(1))));
        }
        Condition chosen = where;
        LocalDate today = store.today();
        List<FoundItem> items = transactions.inTransaction(tx -> ItemReader.read(tx, store.clock().getZone(), chosen));
        return filter.dueOnly() ? items.stream().filter(item -> item.isDue(today)).toList() : items;
    }

    /**
     * Unclaimed items whose year (or perishable period) ended before {@code day} began, that is whose
     * first due day is {@code day} or earlier.
     */
    public List<FoundItem> dueBy(Actor actor, LocalDate day) {
        actor.require(Permission.HANDLE_LOST_AND_FOUND);
        return transactions.inTransaction(tx -> ItemReader.read(tx, store.clock().getZone(),
                FOUND_ITEM.STATE.eq(ItemState.HELD.name()))).stream().filter(item -> item.isDue(day)).toList();
    }

    /** Today's due items and the items late for the police (DOMAIN.md "Lost and found" 2, 3). */
    public LostFoundDue due(Actor actor) {
        actor.require(Permission.HANDLE_LOST_AND_FOUND);
        LocalDate today = store.today();
        return transactions.inTransaction(tx -> {
            LostFoundSettings settings = LostFoundSettingsService.load(tx);
            List<FoundItem> held = ItemReader.read(tx, store.clock().getZone(), FOUND_ITEM.STATE.eq(ItemState.HELD.name()));
            List<FoundItem> late = held.stream().filter(FoundItem::goesToPolice)
                    .filter(item -> !today.isBefore(ClaimPeriod.policeLateFrom(item.foundOn(), settings))).toList();
            return new LostFoundDue(today, held.stream().filter(item -> item.isDue(today)).toList(), late);
        });
    }

    private OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(store.clock().getZone()).toOffsetDateTime();
    }
}
