package org.sitedesk.shell.signin;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sitedesk.core.users.User;
import org.sitedesk.core.users.UserService;
import org.sitedesk.ui.FormState;
import org.sitedesk.ui.UiContext;

/** Name and password; the check (Argon2) runs in the background. */
public final class SignInViewModel {
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final FormState form;
    private final UserService users;
    private final Consumer<User> onSignedIn;

    public SignInViewModel(UserService users, UiContext ui, Consumer<User> onSignedIn) {
        this.users = users;
        this.onSignedIn = onSignedIn;
        this.form = new FormState(ui);
    }

    public void signIn() {
        if (form.isBusy()) {
            return;
        }
        if (username.get().isBlank()) {
            form.showMessage("signIn.usernameRequired");
            return;
        }
        String name = username.get();
        String secret = password.get();
        // the typed password leaves the screen at once, whatever the answer
        password.set("");
        form.run(progress -> users.signIn(name, secret), onSignedIn);
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty messageProperty() {
        return form.messageProperty();
    }

    public BooleanProperty busyProperty() {
        return form.busyProperty();
    }
}
