package org.sitedesk.keys;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.print.Codes;
import org.sitedesk.print.PrintStamp;
import org.sitedesk.print.Printout;
import org.sitedesk.print.PrintoutTypes;

/**
 * The pass card on CR80 (85.6 × 54 mm, a card printer's size): site, type, holder, unit, number and
 * validity, a QR code of the number (what a gate's scanner reads) and a box for the holder's photo,
 * stuck on by hand. A reissued card says so, so a guard can tell it from the lost one.
 */
public final class PassCardPrintout {
    private PassCardPrintout() {
    }

    public static Printout of(Pass pass, PrintStamp stamp, Messages messages) {
        Map<String, Object> own = new HashMap<>();
        own.put("TYPE", pass.typeName());
        own.put("HOLDER", pass.holder());
        own.put("ROOM", pass.room());
        own.put("NUMBER", pass.number());
        own.put("VALID", messages.format("print.passCard.valid", pass.validFrom().toString(), pass.validUntil().toString()));
        own.put("QR", Codes.qr(pass.number()));
        own.put("MARK", pass.reissueOf().isPresent() ? messages.get("print.passCard.reissued") : "");
        return new Printout(PrintoutTypes.PASS_CARD, messages.language().locale(), stamp.with(own), List.of());
    }
}
