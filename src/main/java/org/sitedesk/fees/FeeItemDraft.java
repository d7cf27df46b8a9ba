package org.sitedesk.fees;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Set;
import org.sitedesk.estate.UnitType;

/** A new fee item as the form or an import file gives it. */
public record FeeItemDraft(String code, String name, FeeBasis basis, BigDecimal rate, Set<UnitType> appliesTo,
        YearMonth validFrom) {
}
