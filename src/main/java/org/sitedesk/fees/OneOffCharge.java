package org.sitedesk.fees;

import org.sitedesk.core.money.Money;

/**
 * A one-off charge taken at the counter the moment it arises (a pass's deposit, a reissue fee): the
 * item code and name it is posted under (ledger data, in the site's language), the amount, how it is
 * paid and by whom ({@code payer} may be empty: the unit's owners), and a note kept with the charge.
 */
public record OneOffCharge(String itemCode, String itemName, Money amount, PaymentMethod method, String payer,
        String note) {
}
