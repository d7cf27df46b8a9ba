package org.sitedesk.fees;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitedesk.core.money.Money;

/**
 * Where an amount goes (DOMAIN.md fees 4, 民法典 560–561): first the charges the payer names, in
 * their order; then charges already due, oldest first; then charges billed but not yet due, oldest
 * first. Within a charge, late fee before principal unless the site says principal first. What is
 * left is the leftover (prepayment for a payment).
 */
final class Allocator {
    private final LateFeeRule lateFees;
    private final boolean principalFirst;

    Allocator(LateFeeRule lateFees, boolean principalFirst) {
        this.lateFees = lateFees;
        this.principalFirst = principalFirst;
    }

    /** One share of an amount: to a charge's principal or late fee. */
    record Share(long chargeId, ChargePart part, Money amount) {
    }

    /** The shares and what was left over. */
    record Result(List<Share> shares, Money leftover) {
    }

    Result allocate(Map<Long, ChargeBalance> charges, Money amount, List<Long> named, LocalDate on) {
        Set<ChargeBalance> order = new LinkedHashSet<>();
        for (Long id : named) {
            ChargeBalance charge = charges.get(id);
            if (charge != null) {
                order.add(charge);
            }
        }
        Comparator<ChargeBalance> oldestFirst = Comparator.comparing(ChargeBalance::period)
                .thenComparing(ChargeBalance::code).thenComparingLong(ChargeBalance::id);
        charges.values().stream().filter(charge -> !charge.due().isAfter(on)).sorted(oldestFirst).forEach(order::add);
        charges.values().stream().filter(charge -> charge.due().isAfter(on)).sorted(oldestFirst).forEach(order::add);
        List<Share> shares = new ArrayList<>();
        Money left = amount;
        for (ChargeBalance charge : order) {
            Money lateFee = charge.lateFeeOpen(lateFees, on);
            Money principal = charge.principalOpen();
            List<ChargePart> parts = principalFirst ? List.of(ChargePart.PRINCIPAL, ChargePart.LATE_FEE)
                    : List.of(ChargePart.LATE_FEE, ChargePart.PRINCIPAL);
            for (ChargePart part : parts) {
                Money open = part == ChargePart.LATE_FEE ? lateFee : principal;
                Money share = open.min(left);
                if (share.isPositive()) {
                    shares.add(new Share(charge.id(), part, share));
                    left = left.minus(share);
                }
            }
            if (left.isZero()) {
                break;
            }
        }
        return new Result(List.copyOf(shares), left);
    }
}
