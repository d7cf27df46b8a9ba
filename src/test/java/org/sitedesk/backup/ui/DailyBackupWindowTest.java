package org.sitedesk.backup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.users.Role;
import org.sitedesk.shell.WindowTestSupport;
import org.sitedesk.support.TestDatabase;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * DOMAIN.md "Data safety" 2: the first sign-in of the day on a counter takes the day's backup, whoever
 * signs in, and the dashboard shows it; signing in again the same day takes no second one.
 */
@ExtendWith(ApplicationExtension.class)
class DailyBackupWindowTest {
    @TempDir
    static Path folder;
    private TestDatabase db;

    @Start
    void start(Stage stage) throws Exception {
        db = new TestDatabase(Files.createTempDirectory(folder, "db"));
        db.administrator();
        db.userWithRole("li", Role.CLERK);
        WindowTestSupport.showTakingDailyBackups(stage, db, Files.createTempDirectory(folder, "prefs"), Language.CHINESE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theFirstSignInOfTheDayBacksUpOnce(FxRobot robot) {
        WindowTestSupport.signIn(robot, "li", TestDatabase.PASSWORD);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WindowTestSupport.text(robot, "#backupNewestLine")).isEqualTo("最近备份 2026-11-23 09:00（0 小时前）");
        assertThat(db.services.backups().status().backups()).hasSize(1);

        robot.clickOn("#userMenu").clickOn("#signOutMenuItem");
        WaitForAsyncUtils.waitForFxEvents();
        WindowTestSupport.signIn(robot, "admin", TestDatabase.PASSWORD);
        assertThat(db.services.backups().status().backups()).hasSize(1);
    }
}
