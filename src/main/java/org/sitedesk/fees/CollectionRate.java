package org.sitedesk.fees;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.sitedesk.core.money.Money;

/** 收缴率 of one building (or of the estate, {@code building} empty) for one billing month. */
public record CollectionRate(String building, int charges, Money billed, Money collected) {

    /** Collected ÷ billed in per cent, one decimal; 0 when nothing was billed. */
    public BigDecimal percent() {
        return billed.isZero() ? BigDecimal.ZERO.setScale(1)
                : collected.amount().multiply(BigDecimal.valueOf(100)).divide(billed.amount(), 1, RoundingMode.HALF_UP);
    }
}
