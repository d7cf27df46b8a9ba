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
 * 装修押金台账 of one permit (issue 18 item 7): the deposit paid in, each deduction (paid out of the
 * deposit on the deduction receipt), the rest handed back on the refund receipt, the running balance
 * after each line, and the totals; after the refund the balance is 0.00.
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
            rows.add(row(messages.get("print.depositLedger.paid"), "", ledger.paid().toString(), "", balance));
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
