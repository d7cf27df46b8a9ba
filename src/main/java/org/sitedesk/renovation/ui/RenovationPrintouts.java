package org.sitedesk.renovation.ui;

import java.time.LocalDate;
import java.util.List;
import javafx.stage.Window;
import org.sitedesk.print.ui.PrintPreviews;
import org.sitedesk.renovation.Acceptance;
import org.sitedesk.renovation.AcceptancePrintout;
import org.sitedesk.renovation.DepositLedgerPrintout;
import org.sitedesk.renovation.NoticeState;
import org.sitedesk.renovation.PermitPrintout;
import org.sitedesk.renovation.RectificationNotice;
import org.sitedesk.renovation.RectificationPrintout;
import org.sitedesk.renovation.RenovationServices;
import org.sitedesk.renovation.StopWorkPrintout;
import org.sitedesk.ui.UiContext;

/**
 * The renovation printouts a screen opens in the preview, filled in the background in the site's
 * printout language: the permit with its agreement, a rectification or stop-work notice, the
 * acceptance form and the deposit ledger.
 */
final class RenovationPrintouts {
    private final RenovationServices renovation;
    private final PrintPreviews printing;
    private final UiContext ui;

    RenovationPrintouts(RenovationServices renovation, PrintPreviews printing, UiContext ui) {
        this.renovation = renovation;
        this.printing = printing;
        this.ui = ui;
    }

    /** Whether the printouts can be opened (the print buttons are shown only then). */
    boolean available() {
        return printing != null;
    }

    /** 施工许可证 and 装修管理服务协议, with the workers as registered now. */
    void permit(PermitDetails shown, Window owner) {
        long id = shown.renovation().id();
        printing.preview(owner, ui.format("renovation.printTitle", ui.text("print.permit.title"), shown.renovation().number()),
                stamp -> PermitPrintout.of(renovation.lookup().get(id), renovation.settings().load(),
                        renovation.lookup().workers(id), stamp, stamp.messages()));
    }

    /** 整改通知书 with the inspection that found the violation. */
    void rectification(PermitDetails shown, RectificationNotice notice, Window owner) {
        printing.preview(owner, ui.format("renovation.printTitle", ui.text("print.rectification.title"), notice.number()),
                stamp -> RectificationPrintout.of(shown.renovation(), notice, renovation.lookup().inspectionOf(notice), stamp,
                        stamp.messages()));
    }

    /** 停工通知书 of a stopped permit, naming the notices it escalated. */
    void stopWork(PermitDetails shown, Window owner) {
        List<RectificationNotice> escalated = shown.notices().stream()
                .filter(notice -> notice.state() == NoticeState.ESCALATED).toList();
        LocalDate today = LocalDate.now(ui.clock());
        printing.preview(owner, ui.format("renovation.printTitle", ui.text("print.stopWork.title"), shown.renovation().number()),
                stamp -> StopWorkPrintout.of(shown.renovation(), escalated, today, stamp, stamp.messages()));
    }

    void acceptance(PermitDetails shown, Acceptance acceptance, Window owner) {
        printing.preview(owner, ui.format("renovation.printTitle", ui.text("print.acceptance.title"), shown.renovation().number()),
                stamp -> AcceptancePrintout.of(shown.renovation(), acceptance, stamp, stamp.messages()));
    }

    /** 装修押金台账 as the fee ledger has it now. */
    void depositLedger(PermitDetails shown, Window owner) {
        long id = shown.renovation().id();
        printing.preview(owner, ui.format("renovation.printTitle", ui.text("print.depositLedger.title"),
                shown.renovation().number()), stamp -> {
                    var permit = renovation.lookup().get(id);
                    return DepositLedgerPrintout.of(permit, renovation.lookup().deposit(permit), stamp, stamp.messages());
                });
    }
}
