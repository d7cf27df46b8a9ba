package org.sitedesk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.support.TestDatabase;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A database with no users asks for the administrator first. */
@ExtendWith(ApplicationExtension.class)
class FirstRunWindowTest {
    @TempDir
    static Path folder;
    private TestDatabase db;

    @Start
    void start(Stage stage) throws Exception {
        db = new TestDatabase(Files.createTempDirectory(folder, "db"));
        WindowTestSupport.show(stage, db, folder.resolve("prefs"), Language.CHINESE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theFirstAdministratorIsCreatedAndSignedIn(FxRobot robot) {
        assertThat(robot.lookup("#signInButton").tryQuery()).isEmpty();
        WindowTestSupport.replaceText(robot, "#adminUsername", "wang");
        robot.clickOn("#adminDisplayName").write("Wang");
        robot.clickOn("#adminPassword").write("admin-pass-1");
        robot.clickOn("#adminConfirmation").write("admin-pass-1");
        robot.clickOn("#createAdminButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#nav-users").tryQuery()).isPresent();
        assertThat(WindowTestSupport.text(robot, "#statusUser")).isEqualTo("Wang（wang）· 系统管理员");
        // no site name yet: the header shows the product, and the dashboard says where to set it
        assertThat(WindowTestSupport.text(robot, "#siteNameLabel")).isEqualTo("SiteDesk 物业服务中心");
        assertThat(robot.lookup(".warning").queryLabeled().getText()).contains("还没有填写服务中心名称");
    }

    @Test
    void aShortPasswordIsRefusedWithTheReason(FxRobot robot) {
        robot.clickOn("#adminPassword").write("short");
        robot.clickOn("#adminConfirmation").write("short");
        robot.clickOn("#createAdminButton");

        assertThat(WindowTestSupport.text(robot, "#gateMessage")).isEqualTo("密码至少需要 8 个字符。");
        assertThat(db.services.core().users().hasUsers()).isFalse();
    }
}
