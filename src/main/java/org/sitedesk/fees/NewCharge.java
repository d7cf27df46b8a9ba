package org.sitedesk.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.sitedesk.core.money.Money;

/** A charge a billing run will create: one unit, one fee item, one month. */
record NewCharge(long unitId, FeeItem item, YearMonth period, BigDecimal quantity, Money principal, LocalDate due) {

    /** Unique per unit, item and month: what makes billing a month twice create nothing. */
    String billingKey() {
        return billingKey(unitId, item.code(), period);
    }

    static String billingKey(long unitId, String itemCode, YearMonth period) {
        return unitId + ":" + itemCode + ":" + period;
    }
}
