package org.sitedesk.shell.signin;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sitedesk.core.users.User;
import org.sitedesk.core.users.UserService;
import org.sitedesk.ui.BackgroundTask;
import org.sitedesk.ui.UiContext;

/** Name and password; the check (Argon2, about 50 ms) runs in the background. */
public final class SignInViewModel {
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final UserService users;
    private final UiContext ui;
    private final Consumer<User> onSignedIn;

    public SignInViewModel(UserService users, UiContext ui, Consumer<User> onSignedIn) {
        this.users = users;
        this.ui = ui;
        this.onSignedIn = onSignedIn;
    }

    public void signIn() {
        if (busy.get()) {
            return;
        }
        if (username.get().isBlank()) {
            message.set(ui.text("signIn.usernameRequired"));
            return;
        }
        String name = username.get();
        String secret = password.get();
        busy.set(true);
        message.set("");
        ui.tasks().execute(BackgroundTask.of(progress -> users.signIn(name, secret))
                .onSuccess(user -> {
                    busy.set(false);
                    password.set("");
                    onSignedIn.accept(user);
                })
                .onFailure(error -> {
                    busy.set(false);
                    password.set("");
                    message.set(ui.explain(error));
                }));
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
