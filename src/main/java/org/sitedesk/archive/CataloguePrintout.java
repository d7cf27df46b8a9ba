package org.sitedesk.archive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.print.PrintStamp;
import org.sitedesk.print.Printout;
import org.sitedesk.print.PrintoutTypes;

/**
 * 业主档案目录 (issue 15, item 7): per box, a page of its own with the box's number, category, rooms and
 * cabinet, then its documents in shelf order under exactly 序号, 档案编号, 业主姓名, 入住时间, 档案页数,
 * 备注. 备注 says what the document is and anything the register marks on it (a previous owner's, out,
 * destroyed), since the paper in the box must agree with the register.
 */
public final class CataloguePrintout {
    private CataloguePrintout() {
    }

    /** One box and its documents. */
    public record BoxContents(Box box, List<ArchiveDocument> documents) {
    }

    public static Printout of(List<BoxContents> boxes, java.time.LocalDate today, PrintStamp stamp, Messages messages) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (BoxContents contents : boxes) {
            Box box = contents.box();
            String line = messages.format("print.catalogue.boxLine", box.code(), box.category(), box.range(),
                    box.cabinetCode(), contents.documents().stream().filter(document -> !document.isDestroyed()).count());
            if (contents.documents().isEmpty()) {
                rows.add(row(box, line, "", "", "", "", "", messages.get("print.catalogue.emptyBox")));
            }
            int number = 0;
            for (ArchiveDocument document : contents.documents()) {
                rows.add(row(box, line, Integer.toString(++number), document.fileNo(), document.ownerNames(),
                        document.ownersSince().map(Object::toString).orElse(""), Integer.toString(document.pages()),
                        notes(document, today, messages)));
            }
        }
        Map<String, Object> own = new HashMap<>();
        own.put("EMPTY", messages.get("print.catalogue.noBoxes"));
        return new Printout(PrintoutTypes.ARCHIVE_CATALOGUE, messages.language().locale(), stamp.with(own), rows);
    }

    /** The type, the clerk's notes, and what the register marks on the document, joined with ；. */
    static String notes(ArchiveDocument document, java.time.LocalDate today, Messages messages) {
        List<String> parts = new ArrayList<>();
        parts.add(document.typeName());
        if (!document.notes().isEmpty()) {
            parts.add(document.notes());
        }
        document.previousOwnerUntil().ifPresent(until -> parts.add(messages.format("archive.previousOwnerUntil", until)));
        document.destroyedOn().ifPresent(on -> parts.add(messages.format("print.catalogue.destroyed", on)));
        if (document.dueBack().isPresent()) {
            parts.add(messages.get(document.status(today)));
        }
        return String.join("；", parts);
    }

    private static Map<String, String> row(Box box, String line, String no, String fileNo, String owner, String since,
            String pages, String notes) {
        Map<String, String> row = new HashMap<>();
        row.put("box", box.code());
        row.put("boxLine", line);
        row.put("no", no);
        row.put("fileNo", fileNo);
        row.put("owner", owner);
        row.put("since", since);
        row.put("pages", pages);
        row.put("notes", notes);
        return row;
    }
}
