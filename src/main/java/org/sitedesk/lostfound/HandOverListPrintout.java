package org.sitedesk.lostfound;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.core.money.Money;
import org.sitedesk.print.PrintStamp;
import org.sitedesk.print.Printout;
import org.sitedesk.print.PrintoutTypes;

/**
 * 拾得物品移交清单 (DOMAIN.md "Lost and found" 2) for the officer to sign: the items of one hand-over
 * with their private part (the officer checks the contents against it) and cash, and the total.
 */
public final class HandOverListPrintout {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private HandOverListPrintout() {
    }

    public static Printout of(List<FoundItem> items, PrintStamp stamp, Messages messages) {
        PoliceHandOver handOver = items.get(0).handOver()
                .orElseThrow(() -> new IllegalArgumentException(items.get(0).number() + " is not handed over"));
        Money total = Money.ZERO;
        List<Map<String, ?>> rows = new java.util.ArrayList<>();
        for (FoundItem item : items) {
            Map<String, String> row = new HashMap<>();
            row.put("number", item.number());
            row.put("item", item.privateDetail().isBlank() ? item.description()
                    : item.description() + "；" + item.privateDetail());
            row.put("found", item.foundAt().format(TIME) + "\n" + item.foundPlace());
            row.put("finder", item.finderName());
            row.put("cash", item.cash().map(Money::toString).orElse(""));
            rows.add(row);
            total = total.plus(item.cash().orElse(Money.ZERO));
        }
        Map<String, Object> own = new HashMap<>();
        own.put("STATION", handOver.station());
        own.put("OFFICER", handOver.officerNumber().isBlank() ? handOver.officerName()
                : messages.format("print.handOver.officerWithNumber", handOver.officerName(), handOver.officerNumber()));
        own.put("HANDED_ON", handOver.handedOn().toString());
        own.put("HANDED_BY", handOver.handedBy());
        own.put("TOTAL", messages.format("print.handOver.total", items.size(), total.toString()));
        return new Printout(PrintoutTypes.POLICE_HANDOVER, messages.language().locale(), stamp.with(own), rows);
    }
}
