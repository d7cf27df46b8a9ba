package org.sitedesk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.audit.AuditEntry;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.settings.SiteSettings;
import org.sitedesk.core.settings.TerminalPreferences;
import org.sitedesk.support.TestDatabase;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The administrator's screens: audit log search, site settings, switching the language. */
@ExtendWith(ApplicationExtension.class)
class AdministrationWindowTest {
    @TempDir
    static Path folder;
    private TestDatabase db;
    private Path preferences;

    @Start
    void start(Stage stage) throws Exception {
        db = new TestDatabase(Files.createTempDirectory(folder, "db"));
        db.administrator();
        preferences = Files.createTempDirectory(folder, "prefs");
        WindowTestSupport.show(stage, db, preferences, Language.CHINESE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theAuditLogShowsWhoDidWhatInChinese(FxRobot robot) {
        WindowTestSupport.signIn(robot, "admin", "wrong-password-1");
        WindowTestSupport.signIn(robot, "admin", TestDatabase.PASSWORD);
        WindowTestSupport.navigate(robot, "audit");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<AuditEntry> table = robot.lookup("#auditTable").queryTableView();
        assertThat(table.getItems()).extracting(AuditEntry::actionCode)
                .containsExactly("SIGNED_IN", "SIGN_IN_FAILED", "USER_CREATED");
        assertThat(WindowTestSupport.text(robot, "#auditStatus")).isEqualTo("找到 3 条记录。");
        assertThat(robot.lookup("登录失败").tryQuery()).isPresent();
        assertThat(robot.lookup("连续失败次数：1").tryQuery()).isPresent();

        robot.clickOn("#auditText").write("SIGN_IN_FAILED");
        robot.clickOn("#auditSearchButton");
        assertThat(table.getItems()).extracting(AuditEntry::actionCode).containsExactly("SIGN_IN_FAILED");
    }

    @Test
    void theSiteNameIsSavedAndShownInTheHeader(FxRobot robot) {
        WindowTestSupport.signIn(robot, "admin", TestDatabase.PASSWORD);
        WindowTestSupport.navigate(robot, "settings");
        WindowTestSupport.replaceText(robot, "#siteName", "Cuihu Garden");
        robot.clickOn("#servicePhone").write("0571-87654321");
        robot.clickOn("#saveSettingsButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(WindowTestSupport.text(robot, "#settingsMessage")).isEqualTo("设置已保存。");
        assertThat(WindowTestSupport.text(robot, "#siteNameLabel")).isEqualTo("Cuihu Garden");
        assertThat(db.services.core().siteSettings().load()).isEqualTo(new SiteSettings("Cuihu Garden", "0571-87654321"));
    }

    @Test
    void anEmptySiteNameIsRefusedNamingTheField(FxRobot robot) {
        WindowTestSupport.signIn(robot, "admin", TestDatabase.PASSWORD);
        WindowTestSupport.navigate(robot, "settings");
        robot.clickOn("#saveSettingsButton");

        assertThat(WindowTestSupport.text(robot, "#settingsMessage")).isEqualTo("请填写服务中心名称。");
    }

    @Test
    void switchingToEnglishRebuildsTheWindowAndIsRemembered(FxRobot robot) {
        WindowTestSupport.signIn(robot, "admin", TestDatabase.PASSWORD);
        WindowTestSupport.navigate(robot, "settings");
        robot.clickOn("#language").clickOn("English");
        robot.clickOn("#siteName").write("Cuihu Garden");
        robot.clickOn("#saveSettingsButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#nav-users").queryLabeled().getText()).isEqualTo("Users");
        assertThat(WindowTestSupport.text(robot, "#statusUser")).isEqualTo("王管理 (admin) · Administrator");
        assertThat(new TerminalPreferences(preferences).language()).isEqualTo(Language.ENGLISH);
    }

    /** Several counters (DESIGN.md): the server this counter starts on, its password kept out of the address. */
    @Test
    void theDatabaseServerIsSavedForTheNextStartWithItsPasswordInAFileOnlyTheUserReads(FxRobot robot) throws Exception {
        WindowTestSupport.signIn(robot, "admin", TestDatabase.PASSWORD);
        WindowTestSupport.navigate(robot, "settings");
        String url = "jdbc:postgresql://127.0.0.1:1/sitedesk?user=sitedesk";
        robot.interact(() -> {
            robot.lookup("#serverUrl").queryAs(javafx.scene.control.TextField.class).setText(url);
            robot.lookup("#serverPassword").queryAs(javafx.scene.control.TextField.class).setText("s3cret-pass");
            robot.lookup("#saveServerButton").queryButton().fire();
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(WindowTestSupport.text(robot, "#serverMessage")).isEqualTo("已保存：下次启动时使用这台数据库服务器。");
        assertThat(new TerminalPreferences(preferences).databaseUrl()).contains(url);
        Path passwords = preferences.resolve("database-passwords.properties");
        assertThat(Files.readString(passwords)).contains("s3cret-pass");
        assertThat(Files.readString(preferences.resolve("preferences.properties"))).doesNotContain("s3cret-pass");
        if (passwords.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(passwords)))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void tryingAServerThatIsNotThereSaysSoAndAnAddressThatIsNotPostgresIsRefused(FxRobot robot) {
        WindowTestSupport.signIn(robot, "admin", TestDatabase.PASSWORD);
        WindowTestSupport.navigate(robot, "settings");
        robot.interact(() -> {
            robot.lookup("#serverUrl").queryAs(javafx.scene.control.TextField.class)
                    .setText("jdbc:postgresql://127.0.0.1:1/sitedesk?user=sitedesk");
            robot.lookup("#tryServerButton").queryButton().fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WindowTestSupport.text(robot, "#serverMessage")).startsWith("连接不上数据库服务器");

        robot.interact(() -> {
            robot.lookup("#serverUrl").queryAs(javafx.scene.control.TextField.class).setText("D:/sitedesk");
            robot.lookup("#saveServerButton").queryButton().fire();
        });
        assertThat(WindowTestSupport.text(robot, "#serverMessage")).startsWith("服务器地址应以 jdbc:postgresql:// 开头");
        assertThat(new TerminalPreferences(preferences).databaseUrl()).isEmpty();
    }
}
