package org.sitedesk.shell.admin;

import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sitedesk.core.db.Database;
import org.sitedesk.core.db.DatabaseEngine;
import org.sitedesk.core.db.DatabaseLocation;
import org.sitedesk.core.db.DatabasePasswords;
import org.sitedesk.core.settings.TerminalPreferences;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.ui.FormState;
import org.sitedesk.ui.UiContext;

/**
 * 数据库服务器: which PostgreSQL server this counter works on from its next start (empty: the H2 file
 * in the data folder), with the password kept in the data folder's password file, never in the
 * address. Trying the connection opens and closes it in the background.
 */
public final class DatabaseServerViewModel {
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final TerminalPreferences preferences;
    private final Actor actor;
    private final FormState form;
    private final UiContext ui;

    public DatabaseServerViewModel(TerminalPreferences preferences, Actor actor, UiContext ui) {
        this.preferences = preferences;
        this.actor = actor;
        this.ui = ui;
        this.form = new FormState(ui);
        url.set(preferences.databaseUrl().orElse(""));
    }

    /** Administrators only: the whole counter's data depends on it. */
    public boolean mayChange() {
        return actor.may(Permission.EDIT_SITE_SETTINGS);
    }

    /** Connects and says what answered, changing nothing on the server. */
    public void tryConnection() {
        if (!serverAddress()) {
            form.showMessage("settings.server.notPostgres");
            return;
        }
        DatabaseLocation location = location();
        form.run(progress -> Database.probe(location), answered -> form.showText(ui.format("settings.server.reachable",
                location.displayName(), answered)));
    }

    public void save() {
        actor.require(Permission.EDIT_SITE_SETTINGS);
        String typed = url.get() == null ? "" : url.get().trim();
        if (!typed.isEmpty() && !serverAddress()) {
            form.showMessage("settings.server.notPostgres");
            return;
        }
        String secret = password.get() == null ? "" : password.get();
        form.run(progress -> {
            if (!typed.isEmpty() && !secret.isEmpty()) {
                new DatabasePasswords(preferences.dataFolder(), Map.of()).save(DatabaseLocation.parse(typed), secret);
            }
            preferences.saveDatabaseUrl(typed);
            return typed;
        }, saved -> {
            password.set("");
            form.showMessage(saved.isEmpty() ? "settings.server.savedLocal" : "settings.server.saved");
        });
    }

    private boolean serverAddress() {
        String typed = url.get() == null ? "" : url.get().trim();
        return DatabaseLocation.parse(typed.isEmpty() ? "-" : typed).engine().orElse(null) == DatabaseEngine.POSTGRES;
    }

    private DatabaseLocation location() {
        String typed = url.get().trim();
        DatabaseLocation location = new DatabasePasswords(preferences.dataFolder(), System.getenv())
                .fill(DatabaseLocation.parse(typed));
        String secret = password.get() == null ? "" : password.get();
        return secret.isEmpty() ? location : location.withPassword(secret);
    }

    public StringProperty urlProperty() {
        return url;
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
