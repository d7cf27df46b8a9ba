package org.sitedesk.lostfound;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.core.id.PhoneNumber;
import org.sitedesk.print.PrintStamp;
import org.sitedesk.print.Printout;
import org.sitedesk.print.PrintoutTypes;

/**
 * 失物领取单 on A5 (DOMAIN.md "Lost and found" 4): the item, the claimant with the document they
 * showed (masked) and their phone (masked), how ownership was proved, what was returned, when and by
 * whom, any necessary cost as a note (317), and the lines the claimant and the clerk sign.
 */
public final class ClaimReceiptPrintout {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ClaimReceiptPrintout() {
    }

    public static Printout of(FoundItem item, String lostReport, PrintStamp stamp, Messages messages, ZoneId zone) {
        Claim claim = item.claim().orElseThrow(() -> new IllegalArgumentException(item.number() + " is not claimed"));
        Map<String, Object> own = new HashMap<>();
        own.put("NUMBER", item.number());
        own.put("CATEGORY", item.category().name());
        own.put("DESCRIPTION", item.description());
        own.put("PLACE", item.foundPlace());
        own.put("FOUND_AT", item.foundAt().format(TIME));
        own.put("CLAIMANT", claim.claimant());
        own.put("PHONE", orNone(PhoneNumber.mask(claim.phone()), messages));
        own.put("ID_DOCUMENT", messages.get(claim.idType()) + " " + claim.maskedIdNumber());
        own.put("CLAIMED_AT", claim.claimedAt().atZone(zone).format(TIME));
        own.put("PROOF", orNone(claim.proof(), messages));
        own.put("RETURNED", claim.returned());
        own.put("COST", claim.costNote().isBlank() ? messages.get("print.claim.noCost")
                : messages.format("print.claim.costNoted", claim.costNote()));
        own.put("HANDED_BY", claim.handedBy());
        own.put("LOST_REPORT", orNone(lostReport, messages));
        return new Printout(PrintoutTypes.CLAIM_RECEIPT, messages.language().locale(), stamp.with(own), List.of());
    }

    private static String orNone(String value, Messages messages) {
        return value == null || value.isBlank() ? messages.get("print.none") : value;
    }
}
