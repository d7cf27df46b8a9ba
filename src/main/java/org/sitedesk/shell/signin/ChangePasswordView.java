package org.sitedesk.shell.signin;

import javafx.scene.control.PasswordField;
import javafx.scene.layout.StackPane;
import org.sitedesk.ui.FormGrid;
import org.sitedesk.ui.UiContext;

/** Replacing one's own password; after a reset it must be done before work starts. */
public final class ChangePasswordView extends StackPane {
    private final PasswordField current = new PasswordField();

    public ChangePasswordView(ChangePasswordViewModel model, UiContext ui, boolean required) {
        current.setId("currentPassword");
        current.textProperty().bindBidirectional(model.currentProperty());
        PasswordField replacement = new PasswordField();
        replacement.setId("newPassword");
        replacement.textProperty().bindBidirectional(model.replacementProperty());
        PasswordField confirmation = new PasswordField();
        confirmation.setId("newPasswordConfirmation");
        confirmation.textProperty().bindBidirectional(model.confirmationProperty());
        FormGrid fields = new FormGrid()
                .row(ui.text("password.current"), current)
                .row(ui.text("password.new"), replacement)
                .row(ui.text("user.passwordConfirmation"), confirmation);
        getChildren().add(new GateForm(ui.text("password.change.title"),
                required ? GateForm.explanation(ui.text("password.change.required")) : null,
                fields, model.messageProperty(), ui.text("password.change.button"), "changePasswordButton",
                model.busyProperty(), model::change));
    }

    public void focus() {
        current.requestFocus();
    }
}
