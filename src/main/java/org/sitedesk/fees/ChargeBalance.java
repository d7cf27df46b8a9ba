package org.sitedesk.fees;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.sitedesk.core.money.Money;

/**
 * One charge as the ledger stands: its principal, what reduced it and when (payments, prepayment
 * draws, write-offs), and the late fee paid or waived on it. Built from ledger rows, never stored.
 */
final class ChargeBalance {
    private final long id;
    private final long unitId;
    private final String code;
    private final String name;
    private final YearMonth period;
    private final Money principal;
    private final LocalDate due;
    private final boolean deposit;
    private final List<LateFeeRule.Reduction> reductions = new ArrayList<>();
    private Money lateFeePaid = Money.ZERO;
    private Money lateFeeWaived = Money.ZERO;
    private Money principalWaived = Money.ZERO;

    ChargeBalance(long id, long unitId, String code, String name, YearMonth period, Money principal, LocalDate due,
            boolean deposit) {
        this.id = id;
        this.unitId = unitId;
        this.code = code;
        this.name = name;
        this.period = period;
        this.principal = principal;
        this.due = due;
        this.deposit = deposit;
    }

    void reduce(ChargePart part, LocalDate on, Money amount, boolean waiver) {
        if (part == ChargePart.PRINCIPAL) {
            reductions.add(new LateFeeRule.Reduction(on, amount));
            if (waiver) {
                principalWaived = principalWaived.plus(amount);
            }
        } else if (waiver) {
            lateFeeWaived = lateFeeWaived.plus(amount);
        } else {
            lateFeePaid = lateFeePaid.plus(amount);
        }
    }

    long id() {
        return id;
    }

    long unitId() {
        return unitId;
    }

    YearMonth period() {
        return period;
    }

    String code() {
        return code;
    }

    LocalDate due() {
        return due;
    }

    /** A deposit (押金) is money held for the payer, paid back later: not a fee the collection rate counts. */
    boolean deposit() {
        return deposit;
    }

    Money principalOpen() {
        Money open = principal;
        for (LateFeeRule.Reduction reduction : reductions) {
            open = open.minus(reduction.amount());
        }
        return open;
    }

    Money principal() {
        return principal;
    }

    /** Principal actually paid (by payment or prepayment), not written off. */
    Money principalCollected() {
        return principal.minus(principalOpen()).minus(principalWaived);
    }

    Money lateFeeOpen(LateFeeRule rule, LocalDate asOf) {
        Money open = rule.accrued(principal, due, reductions, asOf).minus(lateFeePaid).minus(lateFeeWaived);
        return open.isNegative() ? Money.ZERO : open;
    }

    OpenCharge asOpen(LateFeeRule rule, LocalDate asOf) {
        return new OpenCharge(id, period, code, name, principal, principalOpen(), lateFeeOpen(rule, asOf), due,
                asOf.isAfter(due));
    }
}
