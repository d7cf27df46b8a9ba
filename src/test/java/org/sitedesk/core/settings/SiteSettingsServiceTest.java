package org.sitedesk.core.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.audit.AuditQuery;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.PermissionDeniedException;
import org.sitedesk.core.users.Role;
import org.sitedesk.support.TestDatabase;

class SiteSettingsServiceTest {
    @TempDir
    Path folder;
    private TestDatabase db;
    private SiteSettingsService settings;
    private Actor admin;

    @BeforeEach
    void open() {
        db = new TestDatabase(folder);
        settings = db.services.core().siteSettings();
        admin = db.administrator();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aNewDatabaseHasNoSiteNameYet() {
        assertThat(settings.load()).isEqualTo(SiteSettings.EMPTY);
    }

    @Test
    void savedSettingsAreReadBackAndTheChangeIsAudited() {
        settings.save(admin, new SiteSettings(" 翠湖花园物业服务中心 ", "0571-8765 4321"));
        settings.save(admin, new SiteSettings("翠湖花园物业服务中心", "0571-8765 4322"));

        assertThat(settings.load()).isEqualTo(new SiteSettings("翠湖花园物业服务中心", "0571-8765 4322"));
        var changes = db.services.core().auditSearch().search(admin, new AuditQuery(
                java.util.Optional.empty(), java.util.Optional.empty(), "", "SETTINGS_CHANGED", 10));
        assertThat(changes).hasSize(2);
        assertThat(changes.get(0).summary()).isEqualTo("site.servicePhone: 0571-8765 4321 → 0571-8765 4322");
    }

    @Test
    void printoutsAreInChineseUntilTheSiteChoosesAndTheChoiceIsAudited() {
        settings.save(admin, new SiteSettings("翠湖花园", ""));
        assertThat(settings.load().printoutLanguage()).isEqualTo(Language.CHINESE);

        settings.save(admin, settings.load().withPrintoutLanguage(Language.ENGLISH));

        assertThat(settings.load()).isEqualTo(new SiteSettings("翠湖花园", "", Language.ENGLISH));
        var changes = db.services.core().auditSearch().search(admin, new AuditQuery(
                java.util.Optional.empty(), java.util.Optional.empty(), "", "SETTINGS_CHANGED", 10));
        assertThat(changes).extracting(change -> change.summary())
                .containsExactly("site.printoutLanguage:  → en", "site.name:  → 翠湖花园; site.servicePhone:  → ");
    }

    @Test
    void savingTheSameValuesWritesNoAuditRow() {
        settings.save(admin, new SiteSettings("翠湖花园", ""));
        int before = db.auditRows();

        settings.save(admin, new SiteSettings("翠湖花园", ""));

        assertThat(db.auditRows()).isEqualTo(before);
    }

    @Test
    void badValuesAreRefusedNamingTheField() {
        assertThatThrownBy(() -> settings.save(admin, new SiteSettings(" ", "")))
                .hasMessageContaining("error.settings.siteNameRequired");
        assertThatThrownBy(() -> settings.save(admin, new SiteSettings("翠湖花园", "电话")))
                .hasMessageContaining("error.settings.servicePhoneForm");
        assertThat(settings.load()).isEqualTo(SiteSettings.EMPTY);
    }

    @Test
    void onlyAnAdministratorMayChangeTheSite() {
        Actor clerk = db.userWithRole("xiao", Role.CLERK);

        assertThatThrownBy(() -> settings.save(clerk, new SiteSettings("别的名字", "")))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void theLanguageIsAPreferenceOfThisComputer() {
        TerminalPreferences preferences = new TerminalPreferences(folder.resolve("prefs"));
        assertThat(preferences.language()).isEqualTo(Language.CHINESE);

        preferences.saveLanguage(Language.ENGLISH);

        assertThat(new TerminalPreferences(folder.resolve("prefs")).language()).isEqualTo(Language.ENGLISH);
    }
}
