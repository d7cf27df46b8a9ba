package org.sitedesk.archive;

import java.util.List;
import java.util.Map;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.print.PrintStamp;
import org.sitedesk.print.Printout;
import org.sitedesk.print.PrintoutTypes;

/**
 * 档案标贴 (issue 15, item 7): one label per box, eight to an A4 sheet, the category in large bold
 * type, the box number, its room range and its cabinet.
 */
public final class BoxLabels {
    private BoxLabels() {
    }

    public static Printout of(List<Box> boxes, PrintStamp stamp, Messages messages) {
        List<Map<String, ?>> rows = boxes.stream().<Map<String, ?>>map(box -> Map.of(
                "category", box.category(),
                "box", box.code(),
                "rooms", messages.format("print.labels.rooms", box.range()),
                "cabinet", messages.format("print.labels.cabinet", box.cabinetCode()))).toList();
        return new Printout(PrintoutTypes.ARCHIVE_LABELS, messages.language().locale(), stamp.with(Map.of()), rows);
    }
}
