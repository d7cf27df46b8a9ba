package org.sitedesk.fees;

import java.time.YearMonth;
import java.util.Optional;
import org.sitedesk.core.money.Money;

/** One line of a receipt: a month's charge (principal or late fee), prepayment added, or a refund. */
public record ReceiptLine(Optional<YearMonth> period, String itemName, ChargePart part, Money amount) {
}
