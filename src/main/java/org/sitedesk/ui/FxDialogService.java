package org.sitedesk.ui;

import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.sitedesk.core.i18n.Messages;

/** Dialogs owned by the main window, with buttons in the window's language. Callers log failures. */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;
    private final Supplier<Messages> messages;

    public FxDialogService(Supplier<Window> owner, Supplier<Messages> messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public void showError(String message) {
        show(Alert.AlertType.ERROR, "dialog.error.title", message);
    }

    @Override
    public void showInformation(String message) {
        show(Alert.AlertType.INFORMATION, "dialog.information.title", message);
    }

    @Override
    public boolean confirm(String message) {
        ButtonType yes = new ButtonType(messages.get().get("button.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(messages.get().get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, "dialog.confirm.title", message, yes, no);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public void showFailure(Throwable error) {
        showError(messages.get().describe(error));
    }

    private void show(Alert.AlertType type, String titleKey, String message) {
        ButtonType ok = new ButtonType(messages.get().get("button.ok"), ButtonBar.ButtonData.OK_DONE);
        alert(type, titleKey, message, ok).showAndWait();
    }

    private Alert alert(Alert.AlertType type, String titleKey, String message, ButtonType... buttons) {
        Alert alert = new Alert(type, message, buttons);
        alert.setTitle(messages.get().get(titleKey));
        alert.setHeaderText(null);
        Theme.apply(alert.getDialogPane());
        Window window = owner.get();
        if (window != null && window.isShowing()) {
            alert.initOwner(window);
        }
        return alert;
    }
}
