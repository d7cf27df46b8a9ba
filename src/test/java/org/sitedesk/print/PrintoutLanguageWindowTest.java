package org.sitedesk.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitedesk.support.EstateFixture.ZHANG_SAN_ID;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.settings.SiteSettings;
import org.sitedesk.shell.WindowTestSupport;
import org.sitedesk.support.EstateFixture;
import org.sitedesk.support.RecordingPrinters;
import org.sitedesk.support.TestDatabase;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A counter whose window speaks English prints in the site's language, which the settings screen sets. */
@ExtendWith(ApplicationExtension.class)
class PrintoutLanguageWindowTest {
    @TempDir
    static Path folder;
    private TestDatabase db;
    private final RecordingPrinters printers = new RecordingPrinters();

    @Start
    void start(Stage stage) throws Exception {
        db = new TestDatabase(Files.createTempDirectory(folder, "db"), printers);
        var admin = db.administrator();
        EstateFixture estate = new EstateFixture(db);
        long unit = estate.unit("3-2-1502", "15", "89.75");
        estate.owner(admin, unit, "张三", ZHANG_SAN_ID, "13800138000", LocalDate.of(2015, 7, 1));
        db.services.core().siteSettings().save(admin, new SiteSettings("翠湖花园物业服务中心", "0571-87654321"));
        WindowTestSupport.show(stage, db, Files.createTempDirectory(folder, "prefs"), Language.ENGLISH);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private String printRegistrationForm(FxRobot robot) throws Exception {
        WindowTestSupport.navigate(robot, "estate");
        robot.clickOn("#tile-3-2-1502");
        assertThat(WindowTestSupport.text(robot, "#printFormButton")).isEqualTo("Print registration form");
        robot.clickOn("#printFormButton");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#previewPrint");
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        return new PdfPages(printers.jobs().get(printers.jobs().size() - 1).printout().pdf()).text();
    }

    @Test
    void theFormComesOutInChineseUnderAnEnglishWindowUntilTheSiteChoosesEnglish(FxRobot robot) throws Exception {
        WindowTestSupport.signIn(robot, "admin", TestDatabase.PASSWORD);

        assertThat(printRegistrationForm(robot)).contains("业主登记表", "业主签字", "3-2-1502", "张三")
                .doesNotContain("Household registration form");

        WindowTestSupport.navigate(robot, "settings");
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<Language> printoutLanguage = robot.lookup("#printoutLanguage").queryComboBox();
        assertThat(printoutLanguage.getValue()).isEqualTo(Language.CHINESE);
        robot.clickOn("#printoutLanguage").clickOn("English");
        robot.clickOn("#saveSettingsButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(WindowTestSupport.text(robot, "#settingsMessage")).isEqualTo("Settings saved.");
        assertThat(db.services.core().siteSettings().load().printoutLanguage()).isEqualTo(Language.ENGLISH);
        assertThat(db.database.dsl().fetchCount(org.sitedesk.core.db.schema.Tables.AUDIT_LOG,
                org.sitedesk.core.db.schema.Tables.AUDIT_LOG.SUMMARY.contains("site.printoutLanguage"))).isEqualTo(1);

        assertThat(printRegistrationForm(robot)).contains("Household registration form", "Owner signature", "张三")
                .doesNotContain("业主登记表");
    }

    @Test
    void aListPrintedAsTheEnglishWindowShowsItHasTheSitesWordsForItsTitlesAndFixedValues(FxRobot robot) throws Exception {
        WindowTestSupport.signIn(robot, "admin", TestDatabase.PASSWORD);
        WindowTestSupport.navigate(robot, "users");
        robot.clickOn("#printListButton");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#previewPrint");

        String text = new PdfPages(printers.jobs().get(0).printout().pdf()).text();
        assertThat(text).contains("用户管理", "共 1 条", "用户名", "姓名", "系统管理员", "admin", "王管理")
                .doesNotContain("User name", "Administrator");
    }
}
