package org.sitedesk.archive.ui;

import javafx.scene.control.TableRow;
import org.sitedesk.archive.Loan;

/**
 * A loan's row that turns red when the document came back with a different page count: the flag stays
 * on the record, so it stays in view. A style class rather than a pseudo-class, so the cells' colours
 * are worked out again when it changes.
 */
final class FlaggedRow extends TableRow<Loan> {
    private static final String FLAGGED = "flagged";

    @Override
    protected void updateItem(Loan loan, boolean empty) {
        super.updateItem(loan, empty);
        boolean flagged = !empty && loan != null && loan.pagesDiffer();
        if (flagged && !getStyleClass().contains(FLAGGED)) {
            getStyleClass().add(FLAGGED);
        } else if (!flagged) {
            getStyleClass().remove(FLAGGED);
        }
    }
}
