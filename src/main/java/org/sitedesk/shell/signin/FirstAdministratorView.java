package org.sitedesk.shell.signin;

import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import org.sitedesk.ui.FormGrid;
import org.sitedesk.ui.UiContext;

/** Shown once, on a database with no users: makes the first administrator. */
public final class FirstAdministratorView extends StackPane {
    private final TextField username = new TextField();

    public FirstAdministratorView(FirstAdministratorViewModel model, UiContext ui) {
        username.setId("adminUsername");
        username.textProperty().bindBidirectional(model.usernameProperty());
        TextField displayName = new TextField();
        displayName.setId("adminDisplayName");
        displayName.textProperty().bindBidirectional(model.displayNameProperty());
        PasswordField password = new PasswordField();
        password.setId("adminPassword");
        password.textProperty().bindBidirectional(model.passwordProperty());
        PasswordField confirmation = new PasswordField();
        confirmation.setId("adminConfirmation");
        confirmation.textProperty().bindBidirectional(model.confirmationProperty());
        FormGrid fields = new FormGrid()
                .row(ui.text("user.username"), username)
                .row(ui.text("user.displayName"), displayName)
                .row(ui.text("user.password"), password)
                .row(ui.text("user.passwordConfirmation"), confirmation);
        getChildren().add(new GateForm(ui.text("firstAdmin.title"),
                GateForm.explanation(ui.text("firstAdmin.explanation")), fields, model.messageProperty(),
                ui.text("firstAdmin.button"), "createAdminButton", model.busyProperty(), model::create));
    }

    public void focus() {
        username.requestFocus();
    }
}
