package org.sitedesk.lostfound;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.sitedesk.core.money.Money;

/**
 * A found item as stored, with what became of it. {@code dueOn} is the first day it is due for
 * disposal, computed by {@link ClaimPeriod} from the notice (or, for a perishable, the day found)
 * and the site's settings; empty while no period runs. {@code foundAt} is in the site's time zone.
 */
public record FoundItem(
        long id,
        String number,
        String description,
        String privateDetail,
        ItemCategory category,
        String foundPlace,
        LocalDateTime foundAt,
        String finderName,
        String finderPhone,
        FinderKind finderKind,
        String receivedBy,
        Instant receivedAt,
        String storagePlace,
        ValueClass valueClass,
        Optional<Money> cash,
        String witness,
        Optional<ItemPhoto> photo,
        ItemState state,
        Optional<LocalDate> noticePosted,
        Optional<LocalDate> dueOn,
        Optional<Claim> claim,
        Optional<PoliceHandOver> handOver,
        Optional<Disposal> disposal) {

    public LocalDate foundOn() {
        return foundAt.toLocalDate();
    }

    /**
     * Cash, valuables and identity documents are handed to the police station (DOMAIN.md "Lost and
     * found" 2): an item with cash, of value class valuable, or of a category the site sends there.
     */
    public boolean goesToPolice() {
        return cash.isPresent() || valueClass == ValueClass.VALUABLE || category.toPolice();
    }

    /** Still here and its period over on {@code day}: a supervisor may approve its disposal. */
    public boolean isDue(LocalDate day) {
        return state == ItemState.HELD && dueOn.map(due -> !due.isAfter(day)).orElse(false);
    }
}
