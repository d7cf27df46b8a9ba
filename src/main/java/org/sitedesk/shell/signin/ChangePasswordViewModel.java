package org.sitedesk.shell.signin;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.User;
import org.sitedesk.core.users.UserService;
import org.sitedesk.ui.FormState;
import org.sitedesk.ui.UiContext;

/** The signed-in user replaces their password (required after an administrator reset it). */
public final class ChangePasswordViewModel {
    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty replacement = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final FormState form;
    private final UserService users;
    private final Actor actor;
    private final Consumer<User> onChanged;

    public ChangePasswordViewModel(UserService users, Actor actor, UiContext ui, Consumer<User> onChanged) {
        this.users = users;
        this.actor = actor;
        this.onChanged = onChanged;
        this.form = new FormState(ui);
    }

    public void change() {
        if (!replacement.get().equals(confirmation.get())) {
            form.showMessage("error.password.mismatch");
            return;
        }
        String old = current.get();
        String wanted = replacement.get();
        form.run(progress -> users.changeOwnPassword(actor, old, wanted), user -> {
            current.set("");
            replacement.set("");
            confirmation.set("");
            onChanged.accept(user);
        });
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
        return form.messageProperty();
    }

    public BooleanProperty busyProperty() {
        return form.busyProperty();
    }
}
