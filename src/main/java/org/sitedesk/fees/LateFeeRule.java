package org.sitedesk.fees;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.sitedesk.core.money.Money;

/**
 * 违约金 on one charge (DOMAIN.md fees 6): the daily rate on the principal still owed each day, from
 * the day after the due date plus the grace days, capped at a share of the principal, rounded to the
 * fen once. Nothing when late fees are off.
 */
final class LateFeeRule {
    private static final BigDecimal PER_MILLE = new BigDecimal("1000");

    private final FeeSettings settings;

    LateFeeRule(FeeSettings settings) {
        this.settings = settings;
    }

    /** A reduction of the principal owed on a day: a payment, a prepayment draw or a write-off. */
    record Reduction(LocalDate on, Money amount) {
    }

    Money accrued(Money principal, LocalDate due, List<Reduction> reductions, LocalDate asOf) {
        if (!settings.lateFeeEnabled() || settings.lateFeeDailyPerMille().signum() == 0) {
            return Money.ZERO;
        }
        LocalDate firstDay = due.plusDays(1L + settings.lateFeeGraceDays());
        if (asOf.isBefore(firstDay)) {
            return Money.ZERO;
        }
        List<Reduction> ordered = reductions.stream().sorted(java.util.Comparator.comparing(Reduction::on)).toList();
        BigDecimal owedDays = BigDecimal.ZERO;
        BigDecimal owed = principal.amount();
        LocalDate from = firstDay;
        int next = 0;
        // principal reduced on or before the first late day never accrues
        while (next < ordered.size() && !ordered.get(next).on().isAfter(from)) {
            owed = owed.subtract(ordered.get(next++).amount().amount());
        }
        while (!from.isAfter(asOf) && owed.signum() > 0) {
            LocalDate until = next < ordered.size() && !ordered.get(next).on().isAfter(asOf) ? ordered.get(next).on()
                    : asOf.plusDays(1);
            long days = java.time.temporal.ChronoUnit.DAYS.between(from, until);
            owedDays = owedDays.add(owed.multiply(BigDecimal.valueOf(days)));
            from = until;
            while (next < ordered.size() && !ordered.get(next).on().isAfter(from)) {
                owed = owed.subtract(ordered.get(next++).amount().amount());
            }
        }
        BigDecimal fee = owedDays.multiply(settings.lateFeeDailyPerMille()).divide(PER_MILLE, 10, RoundingMode.HALF_UP);
        BigDecimal cap = principal.amount().multiply(settings.lateFeeCapRatio());
        return Money.rounded(fee.min(cap));
    }
}
