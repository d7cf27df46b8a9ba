package org.sitedesk.shell.admin;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.settings.SiteSettings;
import org.sitedesk.core.settings.SiteSettingsService;
import org.sitedesk.core.settings.TerminalPreferences;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.ui.FormState;
import org.sitedesk.ui.UiContext;

/**
 * 设置: the site's name, service phone and printout language (shared, in the database,
 * administrators only) and this computer's language (a terminal preference, anyone).
 */
public final class SettingsViewModel {
    private final StringProperty siteName = new SimpleStringProperty("");
    private final StringProperty servicePhone = new SimpleStringProperty("");
    private final ObjectProperty<Language> language;
    private final ObjectProperty<Language> printoutLanguage = new SimpleObjectProperty<>(Language.DEFAULT);
    private final FormState form;
    private final SiteSettingsService settings;
    private final TerminalPreferences preferences;
    private final Actor actor;
    private final UiContext ui;
    private final Consumer<SiteSettings> onSiteChanged;
    private final Consumer<Language> onLanguageChanged;
    private SiteSettings loaded = SiteSettings.EMPTY;

    public SettingsViewModel(SiteSettingsService settings, TerminalPreferences preferences, Actor actor, UiContext ui,
            Consumer<SiteSettings> onSiteChanged, Consumer<Language> onLanguageChanged) {
        this.settings = settings;
        this.preferences = preferences;
        this.actor = actor;
        this.ui = ui;
        this.onSiteChanged = onSiteChanged;
        this.onLanguageChanged = onLanguageChanged;
        this.language = new SimpleObjectProperty<>(ui.messages().language());
        this.form = new FormState(ui);
    }

    public boolean maySiteBeEdited() {
        return actor.may(Permission.EDIT_SITE_SETTINGS);
    }

    public void load() {
        form.run(progress -> settings.load(), site -> {
            loaded = site;
            siteName.set(site.siteName());
            servicePhone.set(site.servicePhone());
            printoutLanguage.set(site.printoutLanguage());
        });
    }

    public void save() {
        SiteSettings wanted = new SiteSettings(siteName.get(), servicePhone.get(), printoutLanguage.get());
        Language wantedLanguage = language.get();
        boolean siteEditable = maySiteBeEdited();
        form.run(progress -> {
            // saved even when unchanged: the service validates, and writes nothing if nothing changed
            SiteSettings saved = siteEditable ? settings.save(actor, wanted) : loaded;
            if (wantedLanguage != ui.messages().language()) {
                preferences.saveLanguage(wantedLanguage);
            }
            return saved;
        }, saved -> {
            loaded = saved;
            form.showMessage("settings.saved");
            onSiteChanged.accept(saved);
            if (wantedLanguage != ui.messages().language()) {
                onLanguageChanged.accept(wantedLanguage);
            }
        });
    }

    public List<Language> languages() {
        return List.of(Language.values());
    }

    public StringProperty siteNameProperty() {
        return siteName;
    }

    public StringProperty servicePhoneProperty() {
        return servicePhone;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    /** The language of everything printed, at every counter: the paper goes to owners. */
    public ObjectProperty<Language> printoutLanguageProperty() {
        return printoutLanguage;
    }

    public StringProperty messageProperty() {
        return form.messageProperty();
    }

    public BooleanProperty busyProperty() {
        return form.busyProperty();
    }
}
