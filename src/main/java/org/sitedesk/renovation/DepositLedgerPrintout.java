package org.sitedesk.renovation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.core.money.Money;
import org.sitedesk.print.PrintStamp;
import org.sitedesk.print.Printout;
import org.sitedesk.print.PrintoutTypes;

/**
 * 装修押金台账 of one permit (issue 18 item 7): the deposit paid in on its receipt, each deduction, the
 * rest handed back, the running balance after each line and the totals; after the refund the balance
 * is 0.00. A note says how the fee ledger holds it: the refund receipt pays the whole deposit back,
 * the deductions are paid out of it on one receipt (payer 押金抵扣), the drawer hands over the rest.
 */
public final class DepositLedgerPrintout {
    private DepositLedgerPrintout() {
    }

    public static Printout of(Renovation renovation, DepositLedger ledger, PrintStamp stamp, Messages messages) {
        List<Map<String, ?>> rows = new ArrayList<>();
        Money balance = Money.ZERO;
        Money in = Money.ZERO;
        Money out = Money.ZERO;
        if (ledger.paid().isPositive()) {
            balance = balance.plus(ledger.paid());
            in = in.plus(ledger.paid());
            rows.add(row(messages.get("print.depositLedger.paid"), ledger.depositReceipt(), ledger.paid().toString(), "", balance));
        }
        for (Deduction deduction : ledger.deductions()) {
            balance = balance.minus(deduction.amount());
            out = out.plus(deduction.amount());
            rows.add(row(messages.format("print.depositLedger.deduction", deduction.reason()), ledger.deductionReceipt(), "",
                    deduction.amount().toString(), balance));
        }
        if (ledger.refunded().isPositive() || !ledger.refundReceipt().isEmpty()) {
            balance = balance.minus(ledger.refunded());
            out = out.plus(ledger.refunded());
            rows.add(row(messages.get("print.depositLedger.refunded"), ledger.refundReceipt(), "", ledger.refunded().toString(),
                    balance));
        }
        Map<String, Object> own = new HashMap<>();
        own.put("NUMBER", renovation.number());
        own.put("ROOM", renovation.room());
        own.put("APPLICANT", renovation.applicant());
        own.put("STATE", messages.get(renovation.state()));
        own.put("CHARGED", ledger.charged().toString());
        own.put("TOTAL_IN", in.toString());
        own.put("TOTAL_OUT", out.toString());
        own.put("BALANCE", ledger.held().toString());
        own.put("SETTLED", ledger.held().isZero() && ledger.paid().isPositive()
                ? messages.get("print.depositLedger.settled") : messages.format("print.depositLedger.held", ledger.held().toString()));
        // the refund receipt pays the whole deposit back; the deductions are paid out of it on their own receipt
        own.put("NOTE", ledger.refundReceipt().isEmpty() || ledger.deductions().isEmpty() ? ""
                : messages.format("print.depositLedger.settlement", ledger.refundReceipt(), ledger.paid().toString(),
                        ledger.deducted().toString(), ledger.deductionReceipt(), ledger.refunded().toString()));
        return new Printout(PrintoutTypes.RENOVATION_DEPOSIT, messages.language().locale(), stamp.with(own), rows);
    }

    private static Map<String, ?> row(String entry, String receipt, String in, String out, Money balance) {
        Map<String, String> row = new HashMap<>();
        row.put("entry", entry);
        row.put("receipt", receipt);
        row.put("in", in);
        row.put("out", out);
        row.put("balance", balance.toString());
        return row;
    }
}
