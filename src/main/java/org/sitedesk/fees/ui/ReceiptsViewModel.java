package org.sitedesk.fees.ui;

import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.fees.PaymentService;
import org.sitedesk.fees.Receipt;
import org.sitedesk.fees.ReceiptPrintout;
import org.sitedesk.print.ui.PrintPreviews;
import org.sitedesk.ui.FormState;
import org.sitedesk.ui.UiContext;
import javafx.stage.Window;

/** 收据登记簿: receipts of a date range, voided ones marked; reprint (重打) and void (作废, supervisors). */
public final class ReceiptsViewModel {
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<Receipt> selected = new SimpleObjectProperty<>();
    private final StringProperty voidReason = new SimpleStringProperty("");
    private final StringProperty invoice = new SimpleStringProperty("");
    private final ObservableList<Receipt> receipts = FXCollections.observableArrayList();
    private final FormState form;
    private final PaymentService payments;
    private final PrintPreviews printing;
    private final Actor actor;
    private final UiContext ui;

    public ReceiptsViewModel(PaymentService payments, PrintPreviews printing, Actor actor, UiContext ui) {
        this.payments = payments;
        this.printing = printing;
        this.actor = actor;
        this.ui = ui;
        this.form = new FormState(ui);
        LocalDate today = LocalDate.now(ui.clock());
        from.set(today);
        to.set(today);
    }

    public void search() {
        LocalDate first = from.get() == null ? LocalDate.now(ui.clock()) : from.get();
        LocalDate last = to.get() == null ? LocalDate.now(ui.clock()) : to.get();
        form.run(progress -> payments.register(first, last), found -> {
            receipts.setAll(found);
            form.showText(ui.format("receipts.count", found.size()));
        });
    }

    public boolean mayVoid() {
        return actor.may(Permission.VOID_RECEIPTS);
    }

    public void voidSelected() {
        Receipt chosen = selected.get();
        if (chosen == null) {
            form.showMessage("receipts.chooseOne");
            return;
        }
        String why = voidReason.get();
        form.run(progress -> payments.voidReceipt(actor, chosen.number(), why), voided -> {
            voidReason.set("");
            form.showText(ui.format("receipts.voided", voided.number()));
            search();
        });
    }

    /** The tax invoice number issued for the chosen receipt. */
    public void recordInvoice() {
        Receipt chosen = selected.get();
        if (chosen == null) {
            form.showMessage("receipts.chooseOne");
            return;
        }
        String number = invoice.get();
        form.run(progress -> payments.recordInvoice(actor, chosen.number(), number), recorded -> {
            invoice.set("");
            form.showText(ui.format("receipts.invoiceRecorded", recorded.number(), recorded.invoiceNumber().orElse("")));
            search();
        });
    }

    public StringProperty invoiceProperty() {
        return invoice;
    }

    /** 重打: the chosen receipt again, marked as a copy. */
    public void reprint(Window owner) {
        Receipt chosen = selected.get();
        if (chosen == null) {
            form.showMessage("receipts.chooseOne");
            return;
        }
        printing.preview(owner, ui.format("counter.receiptTitle", chosen.number()),
                stamp -> ReceiptPrintout.of(chosen, ReceiptPrintout.type(true), stamp, stamp.messages(), true));
    }

    public String statusOf(Receipt receipt) {
        return receipt.voided().map(note -> ui.format("receipts.voidStatus", note.by(), note.reason()))
                .orElse(receipt.invoiceNumber().map(number -> ui.format("print.receipt.invoice", number)).orElse(""));
    }

    public ObservableList<Receipt> receipts() {
        return receipts;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<Receipt> selectedProperty() {
        return selected;
    }

    public StringProperty voidReasonProperty() {
        return voidReason;
    }

    public StringProperty messageProperty() {
        return form.messageProperty();
    }

    public BooleanProperty busyProperty() {
        return form.busyProperty();
    }
}
