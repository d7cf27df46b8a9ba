package org.sitedesk.renovation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.sitedesk.core.money.Money;
import org.sitedesk.estate.Unit;
import org.sitedesk.fees.BillingService;
import org.sitedesk.fees.OpenCharge;
import org.sitedesk.fees.OneOffCharges;
import org.sitedesk.fees.PaymentService;

/**
 * The renovation's money in the fee ledger (issue 18 item 3): the deposit (装修押金), the management
 * fee and the debris fee posted as one-off charges on approval, paid at the counter like any other
 * charge; a permit waits until none of them is open.
 */
final class RenovationCharges {
    static final String DEPOSIT_CODE = "RENO_DEPOSIT";
    static final String MANAGEMENT_CODE = "RENO_MANAGEMENT";
    static final String DEBRIS_CODE = "RENO_DEBRIS";

    private final BillingService billing;
    private final OneOffCharges oneOff;
    private final PaymentService payments;
    private final RenovationSettingsService settings;
    private final java.time.Clock clock;

    RenovationCharges(BillingService billing, OneOffCharges oneOff, PaymentService payments, RenovationSettingsService settings,
            java.time.Clock clock) {
        this.billing = billing;
        this.oneOff = oneOff;
        this.payments = payments;
        this.settings = settings;
        this.clock = clock;
    }

    RenovationSettings settings() {
        return settings.load();
    }

    /** What was charged: ids null where an amount is zero (a site that charges no debris fee). */
    record Posted(Money deposit, Long depositCharge, Money management, Long managementCharge, Money debris, Long debrisCharge) {
        String summary() {
            return "deposit: " + deposit.amount().toPlainString() + "; management: " + management.amount().toPlainString()
                    + "; debris: " + debris.amount().toPlainString();
        }
    }

    Posted post(DSLContext tx, Renovation renovation, Unit unit, RenovationSettings rules) {
        Money deposit = rules.deposit();
        Money management = rules.managementFee().amountFor(unit.area());
        Money debris = rules.debrisFee().amountFor(unit.area());
        // the deposit is flagged as one in the ledger: held for the owner, paid back once, never income
        Long depositCharge = deposit.isPositive() ? oneOff.chargeDeposit(tx, unit, DEPOSIT_CODE, "装修押金 " + renovation.number(),
                deposit, renovation.number()) : null;
        return new Posted(deposit, depositCharge,
                management, charge(tx, unit, MANAGEMENT_CODE, "装修管理费", management, renovation),
                debris, charge(tx, unit, DEBRIS_CODE, "装修垃圾清运费", debris, renovation));
    }

    private Long charge(DSLContext tx, Unit unit, String code, String name, Money amount, Renovation renovation) {
        return amount.isPositive() ? billing.chargeOneOff(tx, unit.id(), code, name + " " + renovation.number(), amount,
                renovation.number()) : null;
    }

    /** The receipt the deposit was paid on (not voided, not the refund); empty before it is paid. */
    String depositReceipt(Renovation renovation) {
        return renovation.depositChargeId().flatMap(charge -> payments.paying(charge).stream()
                .filter(receipt -> !receipt.refund() && receipt.voided().isEmpty()).map(receipt -> receipt.number()).findFirst())
                .orElse("");
    }

    /** The renovation's charges still owing something (names, for the refusal). */
    List<OpenCharge> open(Renovation renovation) {
        Set<Long> ours = Set.copyOf(renovation.chargeIds());
        return payments.account(renovation.unitId(), LocalDate.now(clock)).openCharges().stream()
                .filter(charge -> ours.contains(charge.chargeId())).collect(Collectors.toList());
    }
}
