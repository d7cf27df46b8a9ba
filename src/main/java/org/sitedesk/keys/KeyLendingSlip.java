package org.sitedesk.keys;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.core.id.PhoneNumber;
import org.sitedesk.print.Codes;
import org.sitedesk.print.PrintStamp;
import org.sitedesk.print.Printout;
import org.sitedesk.print.PrintoutTypes;

/**
 * 钥匙借用单 (A5): the key, its hook and what it opens, who took it (phone and ID masked, DOMAIN.md
 * personal information 2), why, when and until when, with the key's number as a barcode for the
 * return, and blanks for the time it came back and both signatures.
 */
public final class KeyLendingSlip {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int BAR_MODULES = 40;

    private KeyLendingSlip() {
    }

    public static Printout of(CabinetKey key, KeyLoan loan, PrintStamp stamp, Messages messages, ZoneId zone) {
        Borrower borrower = loan.borrower();
        Map<String, Object> own = new HashMap<>();
        own.put("NUMBER", key.number());
        own.put("BARCODE", Codes.code128(key.number(), BAR_MODULES));
        own.put("HOOK", key.hook().map(Hook::label).orElse(""));
        own.put("OPENS", key.opens().name());
        own.put("COPIES", Integer.toString(key.copies()));
        own.put("BORROWER", borrower.name());
        own.put("KIND", messages.get(borrower.kind()));
        own.put("PHONE", PhoneNumber.mask(borrower.phone()));
        own.put("ID", borrower.kind().showsId()
                ? messages.get(borrower.idType()) + " " + borrower.maskedIdNumber() : messages.get("print.none"));
        own.put("PURPOSE", loan.purpose());
        own.put("LENT_AT", time(loan.lentAt(), zone));
        own.put("DUE", time(loan.due(), zone));
        own.put("RETURNED_AT", loan.returnedAt().map(at -> time(at, zone)).orElse(""));
        return new Printout(PrintoutTypes.KEY_SLIP, messages.language().locale(), stamp.with(own), List.of());
    }

    private static String time(Instant instant, ZoneId zone) {
        return instant.atZone(zone).format(TIME);
    }
}
