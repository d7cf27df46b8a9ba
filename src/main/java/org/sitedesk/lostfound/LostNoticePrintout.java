package org.sitedesk.lostfound;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.print.PrintStamp;
import org.sitedesk.print.Printout;
import org.sitedesk.print.PrintoutTypes;

/**
 * 招领启事 (民法典 315) on A4 for one or several items: only the public part of each (what, where and
 * the day found, the last day it is kept for its owner). The private part, the cash amount, the
 * finder and the storage place are what a claimant must tell, so they never appear here.
 */
public final class LostNoticePrintout {
    private LostNoticePrintout() {
    }

    /** Items without a posted notice are refused before: the notice's date is the day the year starts. */
    public static Printout of(List<FoundItem> items, PrintStamp stamp, Messages messages) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (FoundItem item : items) {
            Map<String, String> row = new HashMap<>();
            row.put("number", item.number());
            row.put("description", item.description());
            row.put("place", item.foundPlace());
            row.put("foundOn", item.foundOn().toString());
            // the last day the owner's period runs: the day before the item is due
            row.put("keepUntil", item.dueOn().map(due -> due.minusDays(1).toString()).orElse(""));
            rows.add(row);
        }
        LocalDate posted = items.stream().map(item -> item.noticePosted().orElseThrow()).max(Comparator.naturalOrder())
                .orElseThrow();
        Map<String, Object> own = new HashMap<>();
        own.put("POSTED_ON", messages.format("print.lostNotice.posted", posted.toString()));
        own.put("CONTACT", stamp.servicePhone().isBlank() ? "" : messages.format("print.lostNotice.contact", stamp.servicePhone()));
        return new Printout(PrintoutTypes.LOST_NOTICE, messages.language().locale(), stamp.with(own), rows);
    }
}
