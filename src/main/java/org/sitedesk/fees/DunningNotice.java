package org.sitedesk.fees;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.core.money.ChineseCapitals;
import org.sitedesk.print.PrintStamp;
import org.sitedesk.print.Printout;
import org.sitedesk.print.PrintoutTypes;

/**
 * 催缴通知单 for one unit or a batch, one page each (DOMAIN.md fees 7): polite, per month and item,
 * late fees apart, where and how to pay.
 */
public final class DunningNotice {
    private DunningNotice() {
    }

    public static Printout of(List<ArrearsRow> units, LocalDate asOf, PrintStamp stamp, Messages messages) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (ArrearsRow unit : units) {
            String salutation = messages.format("print.notice.salutation",
                    unit.owners().isEmpty() ? messages.get("print.notice.owner") : unit.owners(), unit.room());
            for (OpenCharge charge : unit.charges()) {
                Map<String, String> row = new HashMap<>();
                row.put("room", unit.room());
                row.put("salutation", salutation);
                row.put("period", charge.period().toString());
                row.put("item", charge.itemName());
                row.put("principal", charge.principalOpen().amount().toPlainString());
                row.put("lateFee", charge.lateFeeOpen().amount().toPlainString());
                row.put("subtotal", charge.totalOpen().amount().toPlainString());
                row.put("roomPrincipal", unit.principal().amount().toPlainString());
                row.put("roomLateFee", unit.lateFee().amount().toPlainString());
                row.put("roomTotal", unit.total().amount().toPlainString());
                row.put("roomCapitals", ChineseCapitals.of(unit.total()));
                rows.add(row);
            }
        }
        Map<String, Object> own = new HashMap<>();
        own.put("AS_OF", asOf.toString());
        own.put("HOW_TO_PAY", stamp.servicePhone().isBlank() ? messages.get("print.notice.howToPayNoPhone")
                : messages.format("print.notice.howToPay", stamp.servicePhone()));
        return new Printout(PrintoutTypes.NOTICE, messages.language().locale(), stamp.with(own), rows);
    }
}
