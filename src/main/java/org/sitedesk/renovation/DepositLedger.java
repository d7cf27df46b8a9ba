package org.sitedesk.renovation;

import java.util.List;
import org.sitedesk.core.money.Money;

/**
 * A permit's deposit ledger (issue 18 item 7): what was paid in, each deduction, what was refunded
 * (the deposit is paid back whole on the refund receipt, the deductions are paid out of it on the
 * deduction receipt, and the rest is handed over), and what is still held, which is zero once the deposit is settled.
 */
public record DepositLedger(Money charged, Money paid, List<Deduction> deductions, Money refunded, String refundReceipt,
        String deductionReceipt, String depositReceipt) {

    /** A ledger without the receipts of the deposit and of the deductions. */
    public DepositLedger(Money charged, Money paid, List<Deduction> deductions, Money refunded, String refundReceipt) {
        this(charged, paid, deductions, refunded, refundReceipt, "", "");
    }

    public Money deducted() {
        return deductions.stream().map(Deduction::amount).reduce(Money.ZERO, Money::plus);
    }

    /** Paid in less deductions and refund: held for the unit; zero after the refund. */
    public Money held() {
        return paid.minus(deducted()).minus(refunded);
    }
}
