package org.sitedesk.fees.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.sitedesk.fees.OpenCharge;

/** One open charge in the counter's table, with the tick the cashier sets when the payer names it. */
public final class ChargeRow {
    private final OpenCharge charge;
    private final BooleanProperty named = new SimpleBooleanProperty(false);

    ChargeRow(OpenCharge charge) {
        this.charge = charge;
    }

    public OpenCharge charge() {
        return charge;
    }

    public BooleanProperty namedProperty() {
        return named;
    }
}
