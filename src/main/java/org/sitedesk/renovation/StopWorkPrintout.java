package org.sitedesk.renovation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.print.PrintStamp;
import org.sitedesk.print.Printout;
import org.sitedesk.print.PrintoutTypes;

/**
 * 停工通知书 (Order No. 110 art. 17): the rectification notice's template under its own title, for a
 * permit stopped because a notice was not complied with: the notices escalated, the reason, the day
 * work stops; the permit and its worker passes have ended.
 */
public final class StopWorkPrintout {
    private StopWorkPrintout() {
    }

    /** {@code escalated}: the permit's notices that led to the stop ({@link NoticeState#ESCALATED}). */
    public static Printout of(Renovation stopped, List<RectificationNotice> escalated, LocalDate stoppedOn, PrintStamp stamp,
            Messages messages) {
        List<Map<String, ?>> rows = RectificationPrintout.head(stopped, messages);
        if (!escalated.isEmpty()) {
            rows.add(RectificationPrintout.line(messages.get("print.stopWork.notices"), escalated.stream()
                    .map(notice -> messages.format("print.stopWork.notice", notice.number(), notice.correction(),
                            notice.deadline().toString()))
                    .collect(Collectors.joining("\n"))));
        }
        rows.add(RectificationPrintout.line(messages.get("print.stopWork.reason"), stopped.endReason().orElse("")));
        rows.add(RectificationPrintout.line(messages.get("print.stopWork.from"), stoppedOn.toString()));
        return RectificationPrintout.printout(PrintoutTypes.RENOVATION_STOP_WORK, "print.stopWork.title",
                stopped.number() + "-TG", stoppedOn.toString(), messages.get("print.stopWork.statement"), rows, stamp, messages);
    }
}
