package org.sitedesk.fees;

import org.sitedesk.core.money.Money;

/** How many receipts of one payment method, and their sum. */
public record MethodTotal(PaymentMethod method, int count, Money total) {
}
