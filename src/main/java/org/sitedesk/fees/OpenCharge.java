package org.sitedesk.fees;

import java.time.LocalDate;
import java.time.YearMonth;
import org.sitedesk.core.money.Money;

/** A charge with something still owed on it, as the counter shows it: principal and late fee apart. */
public record OpenCharge(long chargeId, YearMonth period, String itemCode, String itemName, Money principal,
        Money principalOpen, Money lateFeeOpen, LocalDate due, boolean overdue) {

    public Money totalOpen() {
        return principalOpen.plus(lateFeeOpen);
    }
}
