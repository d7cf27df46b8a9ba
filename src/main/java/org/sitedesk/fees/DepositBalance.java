package org.sitedesk.fees;

import org.sitedesk.core.money.Money;

/**
 * A deposit as the ledger stands: what was charged, what was paid of it (payments whose receipt
 * stands) and what was paid back; what is still held is the difference.
 */
public record DepositBalance(long chargeId, Money amount, Money paid, Money refunded) {

    public Money held() {
        return paid.minus(refunded);
    }
}
