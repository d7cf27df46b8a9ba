package org.sitedesk.shell.signin;

import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import org.sitedesk.ui.FormGrid;
import org.sitedesk.ui.UiContext;

/** The sign-in form shown in the window's centre card. */
public final class SignInView extends StackPane {
    private final TextField username = new TextField();

    public SignInView(SignInViewModel model, UiContext ui) {
        username.setId("username");
        username.textProperty().bindBidirectional(model.usernameProperty());
        PasswordField password = new PasswordField();
        password.setId("password");
        password.textProperty().bindBidirectional(model.passwordProperty());
        FormGrid fields = new FormGrid()
                .row(ui.text("signIn.username"), username)
                .row(ui.text("signIn.password"), password);
        getChildren().add(new GateForm(ui.text("signIn.title"), null, fields, model.messageProperty(),
                ui.text("signIn.button"), "signInButton", model.busyProperty(), model::signIn));
    }

    /** Puts the cursor where the clerk types first. */
    public void focus() {
        username.requestFocus();
    }
}
