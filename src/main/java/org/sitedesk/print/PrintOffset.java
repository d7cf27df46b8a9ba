package org.sitedesk.print;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.sitedesk.core.i18n.Localizable;
import org.sitedesk.core.i18n.UserFacingException;

/**
 * How far every field of a printout moves on the paper, in millimetres (套打: lining fields up with
 * the boxes of a pre-printed form). Positive moves right and down.
 */
public record PrintOffset(BigDecimal horizontalMm, BigDecimal verticalMm) {
    static final BigDecimal LIMIT_MM = new BigDecimal("30");
    public static final PrintOffset NONE = new PrintOffset(BigDecimal.ZERO, BigDecimal.ZERO);

    public PrintOffset {
        horizontalMm = checked(horizontalMm, "print.offset.horizontal");
        verticalMm = checked(verticalMm, "print.offset.vertical");
    }

    private static BigDecimal checked(BigDecimal millimetres, String field) {
        if (millimetres == null) {
            return BigDecimal.ZERO.setScale(1);
        }
        if (millimetres.abs().compareTo(LIMIT_MM) > 0) {
            throw new UserFacingException("error.print.offsetRange", (Localizable) () -> field, LIMIT_MM);
        }
        return millimetres.setScale(1, RoundingMode.HALF_UP);
    }

    public int horizontalPoints() {
        return Paper.points(horizontalMm.doubleValue());
    }

    public int verticalPoints() {
        return Paper.points(verticalMm.doubleValue());
    }
}
