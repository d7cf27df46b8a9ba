package org.sitedesk.renovation;

import java.math.BigDecimal;
import org.sitedesk.core.money.Money;

/** A renovation fee: a fixed amount, or a rate per m² of the unit's building area. */
public record FeeRule(boolean perSquareMetre, BigDecimal rate) {

    public Money amountFor(BigDecimal area) {
        return perSquareMetre ? Money.rounded(rate.multiply(area)) : Money.rounded(rate);
    }

    /** As stored: {@code fixed:300.00} or {@code m2:5.00}. */
    public String stored() {
        return (perSquareMetre ? "m2:" : "fixed:") + rate.toPlainString();
    }

    static FeeRule parse(String stored, FeeRule fallback) {
        if (stored == null) {
            return fallback;
        }
        String[] parts = stored.split(":", 2);
        try {
            return new FeeRule("m2".equals(parts[0]), new BigDecimal(parts[1]));
        } catch (RuntimeException unreadable) {
            return fallback;
        }
    }
}
