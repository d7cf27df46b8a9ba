package org.sitedesk.renovation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.print.PrintStamp;
import org.sitedesk.print.Printout;
import org.sitedesk.print.PrintoutTypes;

/**
 * 竣工验收表 (Order No. 110 art. 30, issue 18 item 6): the permit, every checklist line marked 合格 or
 * 不合格, the overall result, who inspected and when, and the lines the inspector, the owner and the
 * contractor sign.
 */
public final class AcceptancePrintout {
    private AcceptancePrintout() {
    }

    public static Printout of(Renovation renovation, Acceptance acceptance, PrintStamp stamp, Messages messages) {
        String passed = messages.get("print.acceptance.passed");
        String failed = messages.get("print.acceptance.failed");
        List<Map<String, ?>> rows = new ArrayList<>();
        int line = 1;
        for (AcceptanceLine item : acceptance.lines()) {
            Map<String, String> row = new HashMap<>();
            row.put("line", Integer.toString(line++));
            row.put("item", item.item());
            row.put("result", item.passed() ? passed : failed);
            rows.add(row);
        }
        Map<String, Object> own = new HashMap<>();
        own.put("NUMBER", renovation.number());
        own.put("ROOM", renovation.room());
        own.put("APPLICANT", renovation.applicant());
        own.put("CONTRACTOR", renovation.contractor());
        own.put("SCOPE", renovation.scopeNames());
        own.put("VALID", messages.format("print.permit.validRange",
                renovation.validFrom().orElse(renovation.plannedFrom()).toString(), renovation.endDate().toString()));
        own.put("ACCEPTED_ON", acceptance.on().toString());
        own.put("INSPECTOR", acceptance.inspector());
        long failures = acceptance.lines().stream().filter(item -> !item.passed()).count();
        own.put("RESULT", acceptance.passed() ? messages.get("print.acceptance.resultPassed")
                : messages.format("print.acceptance.resultFailed", failures));
        return new Printout(PrintoutTypes.RENOVATION_ACCEPTANCE, messages.language().locale(), stamp.with(own), rows);
    }
}
