package org.sitedesk.repair;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.print.Codes;
import org.sitedesk.print.PrintStamp;
import org.sitedesk.print.Printout;
import org.sitedesk.print.PrintoutType;
import org.sitedesk.print.PrintoutTypes;

/**
 * 派工单 as a printout: what the engineer takes to the job (the request, where, who reported it,
 * both deadlines, who is sent, whether the owner pays), with the request number as a Code 128
 * barcode, and blanks the engineer and the owner fill in by hand (arrival, work done, materials,
 * labour, charge, signatures, satisfaction).
 */
public final class WorkOrderPrintout {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** Bar height in modules: the template stretches the image to its frame, so this only sets its proportions. */
    private static final int BAR_MODULES = 40;

    private WorkOrderPrintout() {
    }

    public static PrintoutType type(boolean a4) {
        return a4 ? PrintoutTypes.WORKORDER_A4 : PrintoutTypes.WORKORDER_A5;
    }

    /**
     * The slip as of {@code now}: the deadlines are the request's clocks at that moment, so a hold
     * so far pushes them back. Times are shown in {@code zone}, the site's clock zone.
     */
    public static Printout of(ServiceRequest request, PrintoutType type, PrintStamp stamp, Messages messages, Instant now,
            ZoneId zone) {
        Map<String, Object> own = new HashMap<>();
        own.put("NUMBER", request.number());
        own.put("BARCODE", Codes.code128(request.number(), BAR_MODULES));
        own.put("TYPE", messages.get(request.type()));
        own.put("PRIORITY", messages.get(request.priority()));
        own.put("LOCATION", request.location().name());
        own.put("CATEGORY", request.categoryName());
        own.put("REPORTER", request.reporter());
        own.put("PHONE", orNone(request.phone(), messages));
        own.put("REPORTED_AT", time(request.reportedAt(), zone));
        own.put("APPOINTED_AT", request.appointedAt().map(at -> time(at, zone)).orElse(messages.get("print.none")));
        own.put("DISPATCHED_AT", request.dispatchedAt().map(at -> time(at, zone)).orElse(""));
        own.put("DESCRIPTION", request.description());
        // a complaint's first limit is the reply, not the arrival (ServiceRequest.arrivalClock)
        own.put("ARRIVE_LABEL", messages.get(request.type() == RequestType.REPAIR
                ? "print.workorder.arriveBy" : "print.workorder.replyBy"));
        own.put("ARRIVE_BY", messages.format("print.workorder.deadline", time(request.arrivalClock().deadline(now), zone)));
        own.put("FINISH_BY", messages.format("print.workorder.deadline", time(request.finishClock().deadline(now), zone)));
        own.put("ENGINEERS", orNone(request.engineerNames(), messages));
        own.put("CHARGING", messages.get(request.paid() ? "print.workorder.paid" : "print.workorder.free"));
        own.put("REWORK_OF", request.reworkOf().orElse(messages.get("print.none")));
        return new Printout(type, messages.language().locale(), stamp.with(own), List.of());
    }

    private static String time(Instant instant, ZoneId zone) {
        return instant.atZone(zone).format(TIME);
    }

    private static String orNone(String value, Messages messages) {
        return Optional.ofNullable(value).filter(text -> !text.isBlank()).orElse(messages.get("print.none"));
    }
}
