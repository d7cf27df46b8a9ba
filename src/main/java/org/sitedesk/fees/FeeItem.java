package org.sitedesk.fees;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;
import org.sitedesk.core.money.Money;
import org.sitedesk.estate.UnitType;

/**
 * 收费项目 for one rate period: what it is called, how it is charged, which unit types pay it, and
 * the months the rate holds (from {@code validFrom}, up to and including {@code validTo} if set).
 */
public record FeeItem(long id, String code, String name, FeeBasis basis, BigDecimal rate, Set<UnitType> appliesTo,
        YearMonth validFrom, Optional<YearMonth> validTo) {

    public FeeItem {
        appliesTo = Set.copyOf(appliesTo);
    }

    public boolean validIn(YearMonth month) {
        return !month.isBefore(validFrom) && validTo.map(last -> !month.isAfter(last)).orElse(true);
    }

    public boolean appliesTo(UnitType type) {
        return appliesTo.contains(type);
    }

    /** One month's charge for a unit of this area, rounded HALF_UP to the fen once (DOMAIN.md fees 2). */
    public Money monthlyCharge(BigDecimal area) {
        return Money.rounded(basis == FeeBasis.AREA ? area.multiply(rate) : rate);
    }
}
