package org.sitedesk.fees;

import java.time.YearMonth;
import org.sitedesk.core.money.Money;

/** What a billing run would do: how many charges it would create and their total, and how many exist. */
public record BillingPreview(YearMonth period, int newCharges, Money total, int alreadyBilled, int units) {
}
