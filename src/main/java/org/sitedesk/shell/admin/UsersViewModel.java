package org.sitedesk.shell.admin;

import java.time.OffsetDateTime;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.NewUser;
import org.sitedesk.core.users.Role;
import org.sitedesk.core.users.User;
import org.sitedesk.core.users.UserService;
import org.sitedesk.ui.FormState;
import org.sitedesk.ui.UiContext;

/**
 * The users screen: a list and one form. A new user needs a password typed twice; for an existing
 * user the same fields set a temporary password on "reset".
 */
public final class UsersViewModel {
    private final ObservableList<User> users = FXCollections.observableArrayList();
    private final ObjectProperty<User> selected = new SimpleObjectProperty<>();
    private final BooleanProperty creating = new SimpleBooleanProperty(true);
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty displayName = new SimpleStringProperty("");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.CLERK);
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final FormState form;
    private final UserService service;
    private final Actor actor;
    private final UiContext ui;

    public UsersViewModel(UserService service, Actor actor, UiContext ui) {
        this.service = service;
        this.actor = actor;
        this.ui = ui;
        this.form = new FormState(ui);
        selected.addListener((observable, old, user) -> fill(user));
    }

    public void load() {
        form.run(progress -> service.list(actor), list -> users.setAll(list));
    }

    public void startNew() {
        selected.set(null);
        fill(null);
    }

    public void save() {
        if (creating.get()) {
            if (!password.get().equals(confirmation.get())) {
                form.showMessage("error.password.mismatch");
                return;
            }
            NewUser wanted = new NewUser(username.get(), displayName.get(), role.get(), password.get());
            form.run(progress -> service.add(actor, wanted), this::savedAs);
        } else {
            User user = selected.get();
            String name = displayName.get();
            Role wantedRole = role.get();
            form.run(progress -> service.update(actor, user.id(), user.version(), name, wantedRole), this::savedAs);
        }
    }

    public void toggleActive() {
        User user = selected.get();
        if (user == null) {
            return;
        }
        form.run(progress -> service.setActive(actor, user.id(), user.version(), !user.active()), this::savedAs);
    }

    public void resetPassword() {
        User user = selected.get();
        if (user == null) {
            return;
        }
        if (password.get().isEmpty()) {
            form.showMessage("users.resetNeedsPassword");
            return;
        }
        if (!password.get().equals(confirmation.get())) {
            form.showMessage("error.password.mismatch");
            return;
        }
        String temporary = password.get();
        form.run(progress -> service.resetPassword(actor, user.id(), user.version(), temporary), this::savedAs);
    }

    /** Reloads the list so every row shows its current version, and keeps the saved user selected. */
    private void savedAs(User saved) {
        form.run(progress -> service.list(actor), list -> {
            users.setAll(list);
            selected.set(list.stream().filter(user -> user.id() == saved.id()).findFirst().orElse(null));
            form.showText(ui.format("users.saved", saved.username()));
        });
    }

    private void fill(User user) {
        creating.set(user == null);
        username.set(user == null ? "" : user.username());
        displayName.set(user == null ? "" : user.displayName());
        role.set(user == null ? Role.CLERK : user.role());
        password.set("");
        confirmation.set("");
        form.showText("");
    }

    /** The status column: active, deactivated, or locked until a time. */
    public String statusOf(User user) {
        OffsetDateTime now = OffsetDateTime.now(ui.clock());
        if (!user.active()) {
            return ui.text("users.status.inactive");
        }
        if (user.lockedAt(now)) {
            return ui.format("users.status.locked", user.lockedUntil().orElseThrow()
                    .atZoneSameInstant(ui.clock().getZone()).toLocalTime().withNano(0).toString());
        }
        return ui.text("users.status.active");
    }

    public List<Role> roles() {
        return List.of(Role.values());
    }

    public ObservableList<User> users() {
        return users;
    }

    public ObjectProperty<User> selectedProperty() {
        return selected;
    }

    public BooleanProperty creatingProperty() {
        return creating;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
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
