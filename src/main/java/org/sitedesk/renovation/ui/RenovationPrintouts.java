package org.sitedesk.renovation.ui;

import javafx.stage.Window;
import org.sitedesk.renovation.Acceptance;
import org.sitedesk.renovation.RectificationNotice;
import org.sitedesk.print.ui.PrintPreviews;
import org.sitedesk.ui.UiContext;

/**
 * The renovation printouts a screen opens in the preview, filled in the background in the site's
 * printout language: the permit with its agreement, a rectification notice, the acceptance form and
 * the deposit ledger. Until the printouts are part of the program, nothing is offered.
 */
final class RenovationPrintouts {
    private final PrintPreviews printing;
    private final UiContext ui;

    RenovationPrintouts(PrintPreviews printing, UiContext ui) {
        this.printing = printing;
        this.ui = ui;
    }

    /** Whether the printouts can be opened (the print buttons are shown only then). */
    boolean available() {
        return false;
    }

    void permit(PermitDetails shown, Window owner) {
        // the permit printout is not part of the program yet
    }

    void rectification(PermitDetails shown, RectificationNotice notice, Window owner) {
        // the rectification notice printout is not part of the program yet
    }

    void acceptance(PermitDetails shown, Acceptance acceptance, Window owner) {
        // the acceptance form printout is not part of the program yet
    }

    void depositLedger(PermitDetails shown, Window owner) {
        // the deposit ledger printout is not part of the program yet
    }
}
