package org.sitedesk.fees;

import java.time.YearMonth;
import org.sitedesk.core.money.Money;

/** What a billing run did: charges created and their total, charges that existed, prepayment drawn. */
public record BillingOutcome(YearMonth period, int created, Money total, int alreadyBilled, Money prepaymentDrawn) {

    public boolean createdNothing() {
        return created == 0;
    }
}
