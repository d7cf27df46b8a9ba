package org.sitedesk.ui;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What every form shows while it works: busy (its buttons disabled) and one line of message. Runs
 * the form's service call in the background and puts a refusal's sentence on that line.
 */
public final class FormState {
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final UiContext ui;

    public FormState(UiContext ui) {
        this.ui = ui;
    }

    public <V> void run(Work<V> work, Consumer<V> onSuccess) {
        busy.set(true);
        message.set("");
        ui.tasks().execute(BackgroundTask.of(work)
                .onSuccess(value -> {
                    busy.set(false);
                    onSuccess.accept(value);
                })
                .onFailure(error -> {
                    busy.set(false);
                    message.set(ui.explain(error));
                }));
    }

    /** A sentence from the bundles: a problem found before any service call, or a confirmation. */
    public void showMessage(String messageKey) {
        message.set(ui.text(messageKey));
    }

    public void showText(String text) {
        message.set(text);
    }

    public boolean isBusy() {
        return busy.get();
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
