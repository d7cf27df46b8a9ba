package org.sitedesk.fees;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.print.PrintStamp;
import org.sitedesk.print.Printout;
import org.sitedesk.print.PrintoutTypes;

/** 收费公示 (DOMAIN.md fees 1): the fee items in force on a day, to post at the service center. */
public final class FeeBoard {
    private FeeBoard() {
    }

    public static Printout of(List<FeeItem> items, LocalDate asOf, FeeSettings settings, PrintStamp stamp, Messages messages) {
        YearMonth month = YearMonth.from(asOf);
        List<Map<String, ?>> rows = new java.util.ArrayList<>();
        for (FeeItem item : items) {
            if (!item.validIn(month)) {
                continue;
            }
            Map<String, String> row = new HashMap<>();
            row.put("name", item.name());
            row.put("payers", item.appliesTo().stream().sorted().map(messages::get).collect(Collectors.joining("、")));
            row.put("basis", messages.get(item.basis()));
            row.put("rate", messages.format(item.basis() == FeeBasis.AREA ? "print.feeBoard.perArea" : "print.feeBoard.perUnit",
                    item.rate().toPlainString()));
            row.put("since", item.validFrom().toString());
            rows.add(row);
        }
        Map<String, Object> own = new HashMap<>();
        own.put("AS_OF", asOf.toString());
        own.put("DUE_DAY", Integer.toString(settings.dueDay()));
        return new Printout(PrintoutTypes.FEE_BOARD, messages.language().locale(), stamp.with(own), rows);
    }
}
