package org.sitedesk.fees;

import java.math.BigDecimal;

/**
 * The site's fee rules that vary by contract or city (DOMAIN.md fees 3–6): the due day of a month's
 * bills, late fees (off unless the contract provides for them), whether a payment settles principal
 * before late fee, and how many months of charges may be held as prepayment.
 *
 * @param lateFeeDailyPerMille late fee per day on overdue principal, in ‰ (0.3 means 0.03 % a day)
 * @param lateFeeCapRatio      late fee at most this share of the charge's principal (1 = no more than it)
 */
public record FeeSettings(int dueDay, boolean lateFeeEnabled, BigDecimal lateFeeDailyPerMille, int lateFeeGraceDays,
        BigDecimal lateFeeCapRatio, boolean principalFirst, int prepaymentCapMonths) {

    public static final FeeSettings DEFAULTS = new FeeSettings(10, false, new BigDecimal("0.3"), 0, BigDecimal.ONE,
            false, 12);
}
