package org.sitedesk.lostfound;

import static org.sitedesk.core.db.schema.Tables.FOUND_ITEM;

import java.time.LocalDate;
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
 * 招领启事 posted (民法典 315): the day a notice went up on the board is recorded for each item on it,
 * and the owner's year runs from that day (318, counted by {@link ClaimPeriod}). A notice is posted
 * once: printing it again does not restart the year.
 */
public final class NoticePosting {
    private final Transactions transactions;
    private final AuditLog audit;
    private final ItemStore store;

    NoticePosting(Transactions transactions, AuditLog audit, ItemStore store) {
        this.transactions = transactions;
        this.audit = audit;
        this.store = store;
    }

    /** Records one notice posted on {@code postedOn} for every item named; all of them, or none. */
    public List<FoundItem> post(Actor actor, List<String> numbers, LocalDate postedOn) {
        actor.require(Permission.HANDLE_LOST_AND_FOUND);
        Set<String> wanted = new LinkedHashSet<>(numbers.stream().map(ItemStore::normalized).toList());
        if (wanted.isEmpty()) {
            throw new UserFacingException("error.lost.noItemsChosen");
        }
        if (postedOn == null || postedOn.isAfter(store.today())) {
            throw new UserFacingException("error.lost.noticeFuture");
        }
        return transactions.inTransaction(tx -> {
            List<FoundItem> posted = new ArrayList<>();
            for (String number : wanted) {
                FoundItem item = store.locked(tx, number);
                store.refuseUnlessHeld(item);
                if (item.noticePosted().isPresent()) {
                    throw new UserFacingException("error.lost.noticeAlready", item.number(), item.noticePosted().get());
                }
                if (postedOn.isBefore(item.foundOn())) {
                    throw new UserFacingException("error.lost.noticeBeforeFound", item.number(), item.foundOn());
                }
                tx.update(FOUND_ITEM).set(FOUND_ITEM.NOTICE_POSTED, postedOn).set(FOUND_ITEM.NOTICE_POSTED_BY, actor.name())
                        .where(FOUND_ITEM.ID.eq(item.id())).execute();
                audit.record(tx, actor, LostFoundAuditAction.NOTICE_POSTED, item.number(), "posted_on: " + postedOn);
                posted.add(store.read(tx, item.id()));
            }
            return posted;
        });
    }
}
