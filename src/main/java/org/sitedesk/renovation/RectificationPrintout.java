package org.sitedesk.renovation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.print.PrintStamp;
import org.sitedesk.print.Printout;
import org.sitedesk.print.PrintoutType;
import org.sitedesk.print.PrintoutTypes;

/**
 * 整改通知书 on A4 (Order No. 110 art. 17, issue 18 item 5): the permit, what the inspection found,
 * what must be corrected and by when, and the lines the service center and the owner and contractor
 * sign. {@link StopWorkPrintout} fills the same template titled 停工通知书.
 */
public final class RectificationPrintout {
    private RectificationPrintout() {
    }

    /** Without the inspection: the findings line is left for the inspector to write in. */
    public static Printout of(Renovation renovation, RectificationNotice notice, PrintStamp stamp, Messages messages) {
        return of(renovation, notice, Optional.empty(), stamp, messages);
    }

    /** With the inspection that found the violation ({@link RenovationLookup#inspectionOf}). */
    public static Printout of(Renovation renovation, RectificationNotice notice, Optional<Inspection> inspection,
            PrintStamp stamp, Messages messages) {
        List<Map<String, ?>> rows = head(renovation, messages);
        inspection.ifPresent(found -> rows.add(line(messages.get("print.rectification.inspected"),
                found.on() + "  " + found.inspector())));
        rows.add(line(messages.get("print.rectification.findings"), inspection.map(Inspection::findings).orElse("")));
        rows.add(line(messages.get("print.rectification.correction"), notice.correction()));
        rows.add(line(messages.get("print.rectification.deadline"), notice.deadline().toString()));
        return printout(PrintoutTypes.RENOVATION_RECTIFICATION, "print.rectification.title", notice.number(),
                notice.issuedOn().toString(), messages.format("print.rectification.statement", notice.deadline().toString()),
                rows, stamp, messages);
    }

    /** The lines every notice starts with: the permit, the unit, who applied, who builds. */
    static List<Map<String, ?>> head(Renovation renovation, Messages messages) {
        List<Map<String, ?>> rows = new ArrayList<>();
        rows.add(line(messages.get("print.permit.number"), renovation.number()));
        rows.add(line(messages.get("print.permit.room"), renovation.room()));
        rows.add(line(messages.get("print.permit.applicant"), renovation.applicant()));
        rows.add(line(messages.get("print.permit.contractor"), renovation.contractor()
                + (renovation.contractorContact().isBlank() ? "" : "  " + renovation.contractorContact())));
        return rows;
    }

    static Map<String, ?> line(String label, String value) {
        Map<String, String> row = new HashMap<>();
        row.put("label", label);
        row.put("value", value);
        return row;
    }

    static Printout printout(PrintoutType type, String titleKey, String number, String issuedOn, String statement,
            List<Map<String, ?>> rows, PrintStamp stamp, Messages messages) {
        Map<String, Object> own = new HashMap<>();
        own.put("TITLE", messages.get(titleKey));
        own.put("NOTICE_NUMBER", messages.format("print.rectification.numbered", number));
        own.put("ISSUED_ON", issuedOn);
        own.put("STATEMENT", statement);
        return new Printout(type, messages.language().locale(), stamp.with(own), rows);
    }
}
