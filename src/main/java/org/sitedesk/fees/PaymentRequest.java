package org.sitedesk.fees;

import java.time.LocalDate;
import java.util.List;
import org.sitedesk.core.money.Money;

/**
 * A payment as the cashier enters it. {@code namedCharges} are the charges the payer says it is for
 * (empty: oldest due first); {@code reason} is required when {@code paidOn} is in the past.
 */
public record PaymentRequest(long unitId, Money amount, PaymentMethod method, LocalDate paidOn, String payer,
        String reference, String reason, List<Long> namedCharges) {

    public PaymentRequest {
        namedCharges = namedCharges == null ? List.of() : List.copyOf(namedCharges);
    }

    public static PaymentRequest today(long unitId, Money amount, PaymentMethod method, LocalDate today) {
        return new PaymentRequest(unitId, amount, method, today, "", "", "", List.of());
    }
}
