package org.sitedesk.keys;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.print.PrintStamp;
import org.sitedesk.print.Printout;
import org.sitedesk.print.PrintoutTypes;

/**
 * 钥匙交接单 (A4): the unit, the new owner, every key handed over with what it opens, the copies on
 * record and the copies counted out (a difference is marked), the total, and lines for both
 * signatures: the paper the owner signs at 交房.
 */
public final class KeyHandoverForm {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private KeyHandoverForm() {
    }

    public static Printout of(KeyHandover handover, PrintStamp stamp, Messages messages, ZoneId zone) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (HandedKey key : handover.keys()) {
            Map<String, String> row = new HashMap<>();
            row.put("number", key.number());
            row.put("opens", key.opens());
            row.put("onRecord", Integer.toString(key.copiesOnRecord()));
            row.put("handed", Integer.toString(key.copiesHanded()));
            row.put("remark", key.copiesHanded() == key.copiesOnRecord() ? ""
                    : messages.format("print.keyHandover.differs", key.copiesOnRecord(), key.copiesHanded()));
            rows.add(row);
        }
        Map<String, Object> own = new HashMap<>();
        own.put("ROOM", handover.room());
        own.put("RECEIVED_BY", handover.receivedBy());
        own.put("HANDED_BY", handover.handedByName());
        own.put("HANDED_AT", handover.at().atZone(zone).format(TIME));
        own.put("TOTAL", messages.format("print.keyHandover.total", handover.keys().size(), handover.copiesHanded()));
        own.put("NOTE", handover.note());
        return new Printout(PrintoutTypes.KEY_HANDOVER, messages.language().locale(), stamp.with(own), rows);
    }
}
