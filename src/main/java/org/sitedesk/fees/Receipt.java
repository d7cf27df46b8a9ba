package org.sitedesk.fees;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.sitedesk.core.money.Money;

/**
 * 收据 as issued (DOMAIN.md fees 8): its number, what was paid for, and whether it was voided.
 * {@code cashier} is the user name the payment was recorded by, {@code cashierName} that user's
 * display name; {@code payer} is what the cashier typed (may be empty), {@code owners} the unit's
 * owners on the day paid, who pay when nobody else is named.
 */
public record Receipt(String number, long paymentId, long unitId, String room, boolean refund, Money amount,
        PaymentMethod method, LocalDate paidOn, OffsetDateTime recordedAt, String cashier, String cashierName, String payer,
        String owners, String reference, String reason, List<ReceiptLine> lines, Optional<VoidNote> voided,
        Optional<String> invoiceNumber) {

    public Receipt {
        lines = List.copyOf(lines);
    }

    /** Who voided the receipt, when and why. */
    public record VoidNote(OffsetDateTime at, String by, String reason) {
    }

    public Money prepaymentAdded() {
        return lines.stream().filter(line -> line.part() == ChargePart.PREPAYMENT).map(ReceiptLine::amount)
                .reduce(Money.ZERO, Money::plus);
    }

    public Money lateFees() {
        return lines.stream().filter(line -> line.part() == ChargePart.LATE_FEE).map(ReceiptLine::amount)
                .reduce(Money.ZERO, Money::plus);
    }
}
