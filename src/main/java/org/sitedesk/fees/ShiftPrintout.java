package org.sitedesk.fees;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.print.PrintStamp;
import org.sitedesk.print.Printout;
import org.sitedesk.print.PrintoutTypes;

/** 交班日报 as a printout: the shift's (or the day's) receipts per method, voids, refunds, net. */
public final class ShiftPrintout {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ShiftPrintout() {
    }

    public static Printout of(ShiftReport report, PrintStamp stamp, Messages messages, java.time.ZoneId zone) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (MethodTotal total : report.perMethod()) {
            Map<String, String> row = new HashMap<>();
            row.put("method", messages.get(total.method()));
            row.put("count", Integer.toString(total.count()));
            row.put("total", total.total().amount().toPlainString());
            rows.add(row);
        }
        String from = report.receipts().isEmpty() ? report.from().atZoneSameInstant(zone).format(TIME)
                : report.receipts().get(0).recordedAt().atZoneSameInstant(zone).format(TIME);
        Map<String, Object> own = new HashMap<>();
        own.put("TITLE", messages.get("print.shift.title"));
        own.put("PERIOD", report.cashier().isEmpty()
                ? messages.format("print.shift.day", from.substring(0, 10))
                : messages.format("print.shift.period", report.cashier(), from, report.to().atZoneSameInstant(zone).format(TIME)));
        own.put("RECEIPTS", report.receipts().isEmpty() ? messages.get("print.shift.noReceipts")
                : messages.format("print.shift.receipts", report.firstNumber().orElseThrow(), report.lastNumber().orElseThrow(),
                        report.receipts().size()));
        own.put("VOIDS", messages.format("print.shift.voids", report.voided().isEmpty() ? messages.get("print.none")
                : report.voided().stream().map(receipt -> receipt.number() + " " + receipt.amount().amount().toPlainString()
                        + "（" + receipt.voided().orElseThrow().reason() + "）").collect(Collectors.joining("；"))));
        own.put("REFUNDS", messages.format("print.shift.refunds", report.refunds().isEmpty() ? messages.get("print.none")
                : report.refunds().stream().map(receipt -> receipt.number() + " " + receipt.amount().amount().toPlainString())
                        .collect(Collectors.joining("；"))));
        own.put("NET", messages.format("print.shift.net", report.net().amount().toPlainString()));
        own.put("BACKUP", report.backup().map(file -> messages.format("print.shift.backup", file.getFileName())).orElse(""));
        return new Printout(PrintoutTypes.SHIFT, messages.language().locale(), stamp.with(own), rows);
    }
}
