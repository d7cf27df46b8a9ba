package org.sitedesk.fees.ui;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.application.Platform;
import org.sitedesk.core.users.Actor;
import org.sitedesk.fees.BillingService;
import org.sitedesk.ui.FormState;
import org.sitedesk.ui.UiContext;

/** 生成账单: a month, a preview of what the run would create, and the run with its progress. */
public final class BillingViewModel {
    private final StringProperty period = new SimpleStringProperty("");
    private final StringProperty preview = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final FormState form;
    private final BillingService billing;
    private final Actor actor;
    private final UiContext ui;

    public BillingViewModel(BillingService billing, Actor actor, UiContext ui) {
        this.billing = billing;
        this.actor = actor;
        this.ui = ui;
        this.form = new FormState(ui);
        period.set(YearMonth.now(ui.clock()).toString());
    }

    /** A month that cannot be billed clears the last preview, so its figures are not read as this month's. */
    public void showPreview() {
        preview.set("");
        month().ifPresent(month -> form.run(work -> billing.preview(month), found -> preview.set(found.newCharges() == 0
                ? ui.format("billing.previewNothing", month, found.alreadyBilled())
                : ui.format("billing.preview", month, found.newCharges(), found.total().amount().toPlainString(),
                        found.alreadyBilled(), found.units()))));
    }

    public void run() {
        month().ifPresent(month -> {
            progress.set(0);
            form.run(work -> billing.bill(actor, month, (done, total) -> {
                double share = total == 0 ? 1 : (double) done / total;
                Platform.runLater(() -> progress.set(share));
                work.update(done, total);
            }), outcome -> {
                progress.set(1);
                preview.set("");
                form.showText(outcome.createdNothing()
                        ? ui.format("cli.bill.nothing", month, outcome.alreadyBilled())
                        : ui.format("cli.bill.done", month, outcome.created(), outcome.total().amount().toPlainString(),
                                outcome.prepaymentDrawn().amount().toPlainString()));
            });
        });
    }

    private java.util.Optional<YearMonth> month() {
        try {
            return java.util.Optional.of(YearMonth.parse(period.get().trim()));
        } catch (DateTimeParseException e) {
            form.showText(ui.format("cli.bill.periodForm", period.get()));
            return java.util.Optional.empty();
        }
    }

    public StringProperty periodProperty() {
        return period;
    }

    public StringProperty previewProperty() {
        return preview;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty messageProperty() {
        return form.messageProperty();
    }

    public BooleanProperty busyProperty() {
        return form.busyProperty();
    }
}
