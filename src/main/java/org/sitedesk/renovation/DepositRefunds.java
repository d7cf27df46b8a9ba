package org.sitedesk.renovation;

import static org.sitedesk.core.db.schema.Tables.RENOVATION;
import static org.sitedesk.core.db.schema.Tables.RENOVATION_DEDUCTION;

import java.util.List;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.fees.DepositSettlement;
import org.sitedesk.fees.PaymentMethod;

/**
 * 退押金 (issue 18 item 7, DOMAIN.md renovation 6): after acceptance the supervisor approves the
 * refund of the deposit less itemised deductions; the deductions become income charges and the rest a
 * refund receipt in the fee ledger, in one transaction with the renovation's own record, so the
 * permit's deposit ledger (paid − deductions − refunded) is zero afterwards.
 */
public final class DepositRefunds {
    private final RenovationStore store;
    private final DepositSettlement settlement;

    DepositRefunds(RenovationStore store, DepositSettlement settlement) {
        this.store = store;
        this.settlement = settlement;
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
        settlement.prepareReceipts();
        return store.transactions().inTransaction(tx -> {
            Renovation renovation = store.locked(tx, id);
            RenovationStore.require(renovation, RenovationState.ACCEPTED);
            Money deposit = renovation.deposit().orElse(Money.ZERO);
            if (total.compareTo(deposit) > 0) {
                throw new UserFacingException("error.renovation.deductionsAboveDeposit", total.amount().toPlainString(),
                        deposit.amount().toPlainString());
            }
            List<DepositSettlement.Deduction> items = deductions.stream().map(deduction -> new DepositSettlement.Deduction(
                    "装修押金扣款 " + deduction.reason().trim(), deduction.reason().trim(), deduction.amount())).toList();
            DepositSettlement.Settled settled = settlement.settle(tx, actor, renovation.unitId(), deposit, items, method,
                    renovation.number());
            for (int i = 0; i < deductions.size(); i++) {
                tx.insertInto(RENOVATION_DEDUCTION).set(RENOVATION_DEDUCTION.RENOVATION_ID, id)
                        .set(RENOVATION_DEDUCTION.REASON, deductions.get(i).reason().trim())
                        .set(RENOVATION_DEDUCTION.AMOUNT, deductions.get(i).amount().amount())
                        .set(RENOVATION_DEDUCTION.CHARGE_ID, settled.deductionCharges().get(i)).execute();
            }
            tx.update(RENOVATION).set(RENOVATION.STATE, RenovationState.REFUNDED.name())
                    .set(RENOVATION.REFUND_AMOUNT, settled.refunded().amount())
                    .set(RENOVATION.REFUND_RECEIPT, settled.refundReceipt().isEmpty() ? null : settled.refundReceipt())
                    .set(RENOVATION.DEDUCTION_RECEIPT, settled.deductionReceipt().isEmpty() ? null : settled.deductionReceipt())
                    .set(RENOVATION.REFUND_APPROVED_BY, actor.name()).set(RENOVATION.REFUNDED_AT, store.now())
                    .set(RENOVATION.ROW_VERSION, RENOVATION.ROW_VERSION.plus(1)).where(RENOVATION.ID.eq(id)).execute();
            store.audit(tx, actor, RenovationAuditAction.DEPOSIT_REFUNDED, renovation, "deducted: " + total.amount().toPlainString()
                    + "; refunded: " + settled.refunded().amount().toPlainString());
            return settled.refunded();
        });
    }
}
