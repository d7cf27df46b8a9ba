package org.sitedesk.lostfound.ui;

import java.time.LocalDate;
import java.util.List;
import javafx.stage.Window;
import org.sitedesk.core.users.Actor;
import org.sitedesk.lostfound.ClaimReceiptPrintout;
import org.sitedesk.lostfound.FoundItem;
import org.sitedesk.lostfound.HandOverListPrintout;
import org.sitedesk.lostfound.LostFoundRegister;
import org.sitedesk.lostfound.LostFoundServices;
import org.sitedesk.lostfound.LostNoticePrintout;
import org.sitedesk.lostfound.LostReport;
import org.sitedesk.print.ui.PrintPreviews;
import org.sitedesk.ui.UiContext;

/** The lost-and-found printouts a screen opens in the preview: filled in the background, in the site's printout language. */
final class ItemPrintouts {
    private final LostFoundServices lostFound;
    private final PrintPreviews printing;
    private final Actor actor;
    private final UiContext ui;

    ItemPrintouts(LostFoundServices lostFound, PrintPreviews printing, Actor actor, UiContext ui) {
        this.lostFound = lostFound;
        this.printing = printing;
        this.actor = actor;
        this.ui = ui;
    }

    /** 招领启事 of items whose notice is recorded. */
    void notice(List<FoundItem> items, Window owner) {
        printing.preview(owner, ui.text("print.lostNotice.title"),
                stamp -> LostNoticePrintout.of(items, stamp, stamp.messages()));
    }

    /** 失物领取单, naming the lost report the claim answered. */
    void claimReceipt(FoundItem item, Window owner) {
        printing.preview(owner, ui.format("lostFound.claimReceiptTitle", item.number()), stamp -> {
            String report = lostFound.reports().returnedWith(actor, item.number()).map(LostReport::number).orElse("");
            return ClaimReceiptPrintout.of(item, report, stamp, stamp.messages(), ui.clock().getZone());
        });
    }

    /** 移交清单 of the hand-over the item was on. */
    void handOverList(FoundItem item, Window owner) {
        printing.preview(owner, ui.text("print.handOver.title"), stamp -> HandOverListPrintout.of(
                lostFound.handOvers().sameHandOver(actor, item.number()), stamp, stamp.messages()));
    }

    /** 失物招领登记簿 of the items shown, with the filter in words as its subtitle. */
    void register(List<FoundItem> items, String subtitle, Window owner) {
        LocalDate today = LocalDate.now(ui.clock());
        printing.preview(owner, ui.text("lostFound.register.title"),
                stamp -> new LostFoundRegister(stamp.messages(), today).printout(items, subtitle, stamp));
    }
}
