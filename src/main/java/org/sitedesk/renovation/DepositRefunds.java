package org.sitedesk.renovation;

import static org.sitedesk.core.db.schema.Tables.RENOVATION;
import static org.sitedesk.core.db.schema.Tables.RENOVATION_DEDUCTION;

import java.util.List;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.estate.EstateService;
import org.sitedesk.estate.Unit;
import org.sitedesk.fees.OneOffCharges;
import org.sitedesk.fees.PaymentMethod;

/**
 * 退押金 (issue 18 item 7, DOMAIN.md renovation 6): after acceptance the supervisor approves the
 * refund of the deposit less itemised deductions; the deductions become income charges and the rest a
 * refund receipt in the fee ledger, in one transaction with the renovation's own record, so the
 * permit's deposit ledger (paid − deductions − refunded) is zero afterwards.
 */
public final class DepositRefunds {
    /** The item code deductions are income under. */
    static final String DEDUCTION_CODE = "RENO_DEDUCTION";

    private final RenovationStore store;
    private final EstateService units;
    private final OneOffCharges charges;

    DepositRefunds(RenovationStore store, EstateService units, OneOffCharges charges) {
        this.store = store;
        this.units = units;
        this.charges = charges;
    }

    /** Returns the amount refunded. Deductions above the deposit are refused, naming both sums. */
    public Money refund(Actor actor, long id, List<Deduction> deductions, PaymentMethod method) {
        actor.require(Permission.APPROVE_RENOVATIONS);
        Money deducted = Money.ZERO;
        for (Deduction deduction : deductions) {
            RenovationStore.text(deduction.reason(), "error.renovation.deductionReason", 100, true);
            if (deduction.amount() == null || !deduction.amount().isPositive()) {
                throw new UserFacingException("error.renovation.deductionAmount", deduction.reason());
            }
            deducted = deducted.plus(deduction.amount());
        }
        Money total = deducted;
        charges.prepareReceipts();
        return store.transactions().inTransaction(tx -> {
            Renovation renovation = store.locked(tx, id);
            RenovationStore.require(renovation, RenovationState.ACCEPTED);
            Money deposit = renovation.deposit().orElse(Money.ZERO);
            if (total.compareTo(deposit) > 0) {
                throw new UserFacingException("error.renovation.deductionsAboveDeposit", total.amount().toPlainString(),
                        deposit.amount().toPlainString());
            }
            List<OneOffCharges.Deduction> items = deductions.stream().map(deduction -> new OneOffCharges.Deduction(
                    "装修押金扣款 " + deduction.reason().trim(), deduction.amount())).toList();
            Unit unit = units.unit(renovation.unitId()).orElseThrow();
            // a site that takes no deposit has nothing to pay back (and deductions were refused above)
            OneOffCharges.Settled settled = renovation.depositChargeId()
                    .map(depositCharge -> charges.settleDeposit(tx, actor, unit, depositCharge, DEDUCTION_CODE, items, method,
                            "装修押金结算 " + renovation.number()))
                    .orElseGet(() -> new OneOffCharges.Settled(List.of(), "", "", Money.ZERO));
            for (int i = 0; i < deductions.size(); i++) {
                tx.insertInto(RENOVATION_DEDUCTION).set(RENOVATION_DEDUCTION.RENOVATION_ID, id)
                        .set(RENOVATION_DEDUCTION.REASON, deductions.get(i).reason().trim())
                        .set(RENOVATION_DEDUCTION.AMOUNT, deductions.get(i).amount().amount())
                        .set(RENOVATION_DEDUCTION.CHARGE_ID, settled.deductionCharges().get(i)).execute();
            }
            tx.update(RENOVATION).set(RENOVATION.STATE, RenovationState.REFUNDED.name())
                    .set(RENOVATION.REFUND_AMOUNT, settled.handedBack().amount())
                    .set(RENOVATION.REFUND_RECEIPT, settled.refundReceipt().isEmpty() ? null : settled.refundReceipt())
                    .set(RENOVATION.DEDUCTION_RECEIPT, settled.deductionReceipt().isEmpty() ? null : settled.deductionReceipt())
                    .set(RENOVATION.REFUND_APPROVED_BY, actor.name()).set(RENOVATION.REFUNDED_AT, store.now())
                    .set(RENOVATION.ROW_VERSION, RENOVATION.ROW_VERSION.plus(1)).where(RENOVATION.ID.eq(id)).execute();
            store.audit(tx, actor, RenovationAuditAction.DEPOSIT_SETTLED, renovation, "deducted: " + total.amount().toPlainString()
                    + "; refunded: " + settled.handedBack().amount().toPlainString());
            return settled.handedBack();
        });
    }
}
