package org.sitedesk.keys.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.stage.Window;
import org.sitedesk.core.users.Actor;
import org.sitedesk.fees.PaymentMethod;
import org.sitedesk.keys.KeyServices;
import org.sitedesk.keys.Pass;
import org.sitedesk.keys.PassCardPrintout;
import org.sitedesk.print.ui.PrintPreviews;
import org.sitedesk.ui.FormState;
import org.sitedesk.ui.UiContext;

/**
 * What the counter does to a chosen pass, on the register and on the household card alike: report
 * it lost (asked first: it is void at once and for good), reissue a lost one under the number of the
 * new card (read or typed, else the next), take it back with its deposit, print its card.
 */
public final class PassActionsModel {
    private final ObjectProperty<Pass> chosen = new SimpleObjectProperty<>();
    private final StringProperty reportedBy = new SimpleStringProperty("");
    private final StringProperty newNumber = new SimpleStringProperty("");
    private final ObjectProperty<PaymentMethod> method = new SimpleObjectProperty<>(PaymentMethod.CASH);
    private final KeyServices services;
    private final PrintPreviews printing;
    private final Actor actor;
    private final UiContext ui;
    private final FormState form;
    private final Runnable reload;

    PassActionsModel(KeyServices services, PrintPreviews printing, Actor actor, UiContext ui, FormState form, Runnable reload) {
        this.services = services;
        this.printing = printing;
        this.actor = actor;
        this.ui = ui;
        this.form = form;
        this.reload = reload;
    }

    public void reportLost() {
        Pass pass = chosen.get();
        if (pass == null || !ui.dialogs().confirm(ui.format("passes.lostConfirm", pass.typeName(), pass.number(), pass.holder()))) {
            return;
        }
        String who = reportedBy.get();
        form.run(progress -> services.passes().reportLost(actor, pass.number(), who), lost -> {
            reportedBy.set("");
            done(ui.format("passes.lostDone", lost.number()));
        });
    }

    public void reissue() {
        Pass pass = chosen.get();
        if (pass == null) {
            return;
        }
        String number = newNumber.get();
        PaymentMethod how = method.get();
        form.run(progress -> services.passes().reissue(actor, pass.number(), number, how), reissued -> {
            newNumber.set("");
            done(ui.format("passes.reissuedDone", pass.number(), reissued.number())
                    + (reissued.feeReceipt().isEmpty() ? "" : ui.format("passes.receiptNote", reissued.feeReceipt())));
        });
    }

    public void giveBack() {
        Pass pass = chosen.get();
        if (pass == null) {
            return;
        }
        PaymentMethod how = method.get();
        form.run(progress -> services.passes().giveBack(actor, pass.number(), how), returned -> done(
                ui.format("passes.returnedDone", returned.number())
                        + (returned.refundReceipt().isEmpty() ? "" : ui.format("passes.refundNote", returned.refundReceipt()))));
    }

    public void printCard(Window owner) {
        Pass pass = chosen.get();
        if (pass != null) {
            printing.preview(owner, ui.format("passes.cardTitle", pass.number()),
                    stamp -> PassCardPrintout.of(pass, stamp, stamp.messages()));
        }
    }

    private void done(String sentence) {
        reload.run();
        form.showText(sentence);
    }

    public ObjectProperty<Pass> chosenProperty() {
        return chosen;
    }

    public StringProperty reportedByProperty() {
        return reportedBy;
    }

    public StringProperty newNumberProperty() {
        return newNumber;
    }

    public ObjectProperty<PaymentMethod> methodProperty() {
        return method;
    }

    public javafx.beans.property.BooleanProperty busyProperty() {
        return form.busyProperty();
    }
}
