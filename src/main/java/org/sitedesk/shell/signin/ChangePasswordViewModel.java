package org.sitedesk.shell.signin;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.User;
import org.sitedesk.core.users.UserService;
import org.sitedesk.ui.BackgroundTask;
import org.sitedesk.ui.UiContext;

/** The signed-in user replaces their password (required after an administrator reset it). */
public final class ChangePasswordViewModel {
    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty replacement = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final UserService users;
    private final Actor actor;
    private final UiContext ui;
    private final Consumer<User> onChanged;

    public ChangePasswordViewModel(UserService users, Actor actor, UiContext ui, Consumer<User> onChanged) {
        this.users = users;
        this.actor = actor;
        this.ui = ui;
        this.onChanged = onChanged;
    }

    public void change() {
        if (!replacement.get().equals(confirmation.get())) {
            message.set(ui.text("error.password.mismatch"));
            return;
        }
        String old = current.get();
        String wanted = replacement.get();
        busy.set(true);
        message.set("");
        ui.tasks().execute(BackgroundTask.of(progress -> users.changeOwnPassword(actor, old, wanted))
                .onSuccess(user -> {
                    busy.set(false);
                    current.set("");
                    replacement.set("");
                    confirmation.set("");
                    onChanged.accept(user);
                })
                .onFailure(error -> {
                    busy.set(false);
                    message.set(ui.explain(error));
                }));
    }

    public StringProperty currentProperty() {
        return current;
    }

    public StringProperty replacementProperty() {
        return replacement;
    }

    public StringProperty confirmationProperty() {
        return confirmation;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
