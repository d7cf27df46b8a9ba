package org.sitedesk.fees;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.core.money.ChineseCapitals;
import org.sitedesk.core.money.Money;
import org.sitedesk.print.Codes;
import org.sitedesk.print.PrintStamp;
import org.sitedesk.print.Printout;
import org.sitedesk.print.PrintoutType;
import org.sitedesk.print.PrintoutTypes;

/**
 * 收据 as a printout (DOMAIN.md fees 8–9): number, date, room, payer (the owners by name when the
 * cashier named nobody), each month's charge with late fees apart, prepayment, the total in figures
 * and in Chinese capitals, method, the cashier by display name as the footer names the printer, a QR
 * code with the number and amount, signature lines. A reprint says 重打; a voided receipt says 作废.
 */
public final class ReceiptPrintout {
    private ReceiptPrintout() {
    }

    public static PrintoutType type(boolean onForm) {
        return onForm ? PrintoutTypes.RECEIPT_FORM : PrintoutTypes.RECEIPT_A5;
    }

    public static Printout of(Receipt receipt, PrintoutType type, PrintStamp stamp, Messages messages, boolean reprint) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (ReceiptLine line : receipt.lines()) {
            Map<String, String> row = new HashMap<>();
            row.put("period", line.period().map(Object::toString).orElse(""));
            row.put("item", line.itemName().isEmpty() ? messages.get("print.receipt.prepaymentItem") : line.itemName());
            row.put("part", messages.get(partKey(line.part())));
            row.put("amount", line.amount().amount().toPlainString());
            rows.add(row);
        }
        List<String> notes = new ArrayList<>();
        if (receipt.lateFees().isPositive()) {
            notes.add(messages.format("print.receipt.lateFees", receipt.lateFees().amount().toPlainString()));
        }
        if (receipt.prepaymentAdded().isPositive()) {
            notes.add(messages.format("print.receipt.prepaymentAdded", receipt.prepaymentAdded().amount().toPlainString()));
        }
        receipt.invoiceNumber().ifPresent(invoice -> notes.add(messages.format("print.receipt.invoice", invoice)));
        if (!receipt.reference().isEmpty()) {
            notes.add(messages.format("print.receipt.reference", receipt.reference()));
        }
        if (!receipt.reason().isEmpty()) {
            notes.add(messages.format(receipt.refund() ? "print.receipt.refundReason" : "print.receipt.backdated",
                    receipt.reason()));
        }
        receipt.voided().ifPresent(note -> notes.add(messages.format("print.receipt.voidedNote", note.by(), note.reason())));
        String mark = receipt.voided().isPresent() ? messages.get("print.receipt.voidMark")
                : reprint ? messages.get("print.receipt.copyMark") : "";
        Map<String, Object> own = new HashMap<>();
        own.put("TITLE", messages.get(receipt.refund() ? "print.receipt.refundTitle" : "print.receipt.title"));
        own.put("NUMBER", receipt.number());
        own.put("PAID_ON", receipt.paidOn().toString());
        own.put("ROOM", receipt.room());
        own.put("PAYER", payer(receipt, messages));
        own.put("METHOD", messages.get(receipt.method()));
        own.put("CASHIER", receipt.cashierName());
        own.put("TOTAL", receipt.amount().amount().toPlainString());
        own.put("TOTAL_CAPITALS", ChineseCapitals.of(receipt.amount()));
        own.put("NOTES", String.join("；", notes));
        own.put("QR", Codes.qr(qrText(receipt.number(), receipt.amount())));
        own.put("MARK", mark);
        return new Printout(type, messages.language().locale(), stamp.with(own), rows);
    }

    /** Whom the cashier named, else the unit's owners by name; the placeholder only for a unit with no owner on record. */
    private static String payer(Receipt receipt, Messages messages) {
        if (!receipt.payer().isEmpty()) {
            return receipt.payer();
        }
        return receipt.owners().isEmpty() ? messages.get("print.receipt.ownerOfRoom") : receipt.owners();
    }

    private static String partKey(ChargePart part) {
        return switch (part) {
            case PRINCIPAL -> "print.receipt.part.PRINCIPAL";
            case LATE_FEE -> "print.receipt.part.LATE_FEE";
            case PREPAYMENT -> "print.receipt.part.PREPAYMENT";
            case REFUND -> "print.receipt.part.REFUND";
            case DEPOSIT_BACK -> "print.receipt.part.DEPOSIT_BACK";
        };
    }

    /** What the QR code holds: enough to look the receipt up and check its amount. */
    static String qrText(String number, Money amount) {
        return "SITEDESK-RECEIPT:" + number + ":" + amount.amount().toPlainString();
    }
}
