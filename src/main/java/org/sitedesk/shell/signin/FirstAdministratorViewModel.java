package org.sitedesk.shell.signin;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sitedesk.core.users.User;
import org.sitedesk.core.users.UserService;
import org.sitedesk.ui.FormState;
import org.sitedesk.ui.UiContext;

/** On a database with no users: the administrator's name and password, typed twice. */
public final class FirstAdministratorViewModel {
    private final StringProperty username = new SimpleStringProperty("admin");
    private final StringProperty displayName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final FormState form;
    private final UserService users;
    private final Consumer<User> onCreated;

    public FirstAdministratorViewModel(UserService users, UiContext ui, Consumer<User> onCreated) {
        this.users = users;
        this.onCreated = onCreated;
        this.form = new FormState(ui);
    }

    public void create() {
        if (!password.get().equals(confirmation.get())) {
            form.showMessage("error.password.mismatch");
            return;
        }
        String name = username.get();
        String shown = displayName.get().isBlank() ? name : displayName.get();
        String secret = password.get();
        form.run(progress -> users.createFirstAdministrator(name, name, shown, secret), onCreated);
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public StringProperty passwordProperty() {
        return password;
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
