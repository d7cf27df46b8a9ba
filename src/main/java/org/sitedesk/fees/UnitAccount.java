package org.sitedesk.fees;

import java.time.LocalDate;
import java.util.List;
import org.sitedesk.core.money.Money;

/** A unit's fee account on a day: open charges oldest first, and its prepayment (预存) balance. */
public record UnitAccount(long unitId, LocalDate asOf, List<OpenCharge> openCharges, Money prepayment) {

    public UnitAccount {
        openCharges = List.copyOf(openCharges);
    }

    public Money principalOwed() {
        return openCharges.stream().map(OpenCharge::principalOpen).reduce(Money.ZERO, Money::plus);
    }

    public Money lateFeeOwed() {
        return openCharges.stream().map(OpenCharge::lateFeeOpen).reduce(Money.ZERO, Money::plus);
    }

    public Money totalOwed() {
        return principalOwed().plus(lateFeeOwed());
    }
}
