package org.sitedesk.fees;

import java.time.LocalDate;
import java.util.List;
import org.sitedesk.core.money.Money;

/** One unit that owes on a day: how many months, principal and late fee apart, and the charges. */
public record ArrearsRow(long unitId, String room, String building, String owners, int monthsOwed, Money principal,
        Money lateFee, LocalDate oldestDue, List<OpenCharge> charges) {

    public ArrearsRow {
        charges = List.copyOf(charges);
    }

    public Money total() {
        return principal.plus(lateFee);
    }

    public AgeBucket bucket() {
        return AgeBucket.of(monthsOwed);
    }
}
