package org.sitedesk.backup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.backup.BackupStatus.BackupFile;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.users.Role;
import org.sitedesk.shell.WindowTestSupport;
import org.sitedesk.support.EstateFixture;
import org.sitedesk.support.TestDatabase;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 数据备份, driven as an administrator, an archive manager and a cashier (DOMAIN.md "Data safety" 2):
 * the dashboard warns while there is no backup from the last day, a backup is taken from the screen,
 * and restoring one brings the database back as it was, checked, after the clerk confirms.
 */
@ExtendWith(ApplicationExtension.class)
class BackupWindowTest {
    @TempDir
    static Path folder;
    private TestDatabase db;
    private Path site;

    @Start
    void start(Stage stage) throws Exception {
        site = Files.createTempDirectory(folder, "db");
        db = new TestDatabase(site);
        db.administrator();
        db.userWithRole("zhou", Role.ARCHIVIST);
        db.userWithRole("qian", Role.CASHIER);
        new EstateFixture(db).unit("1-1-101", "1", "89.75");
        WindowTestSupport.show(stage, db, Files.createTempDirectory(folder, "prefs"), Language.CHINESE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theAdministratorIsWarnedBacksUpAndRestoresTheBackupOverLaterChanges(FxRobot robot) {
        WindowTestSupport.signIn(robot, "admin", TestDatabase.PASSWORD);
        assertThat(WindowTestSupport.text(robot, "#backupNewestLine")).isEqualTo("还没有任何备份。");
        assertThat(WindowTestSupport.text(robot, "#backupStaleAdvice")).startsWith("最近的备份已超过一天");

        WindowTestSupport.navigate(robot, "backups");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WindowTestSupport.text(robot, "#backupNewest")).endsWith("里还没有备份，请立即备份。");
        robot.clickOn("#backupNowButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WindowTestSupport.text(robot, "#backupMessage")).matches("已备份到 sitedesk-20261123-090000\\.zip（\\d+ KB）。");
        assertThat(WindowTestSupport.text(robot, "#backupNewest")).startsWith("最近一次备份：2026-11-23 09:00，").contains("0 分钟前");
        ListView<BackupFile> list = robot.lookup("#backupList").queryListView();
        assertThat(list.getItems()).hasSize(1);

        // what is done after the backup is what the restore takes back
        db.clock.advance(Duration.ofMinutes(30));
        new EstateFixture(db).unit("1-1-102", "1", "89.75");
        WindowTestSupport.navigate(robot, "dashboard");
        assertThat(WindowTestSupport.text(robot, "#backupNewestLine")).isEqualTo("最近备份 2026-11-23 09:00（0 小时前）");
        assertThat(robot.lookup("#backupStaleAdvice").tryQuery()).isEmpty();

        WindowTestSupport.navigate(robot, "backups");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#backupList").queryListView().getSelectionModel().select(0));
        robot.clickOn("#restoreBackupButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dialog-pane .content").queryLabeled().getText())
                .startsWith("用 sitedesk-20261123-090000.zip 恢复数据库");
        robot.clickOn("确定");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(WindowTestSupport.text(robot, "#restoreOutcome"))
                .startsWith("各表行数、收据编号和每户欠费都与备份摘要一致")
                .contains("原来的数据库保存为").contains("sitedesk-before-restore-20261123-093000.mv.db");
        assertThat(site.resolve("sitedesk-before-restore-20261123-093000.mv.db")).isRegularFile();
        robot.clickOn("#restoreSignInButton");
        WaitForAsyncUtils.waitForFxEvents();
        WindowTestSupport.signIn(robot, "admin", TestDatabase.PASSWORD);
        WindowTestSupport.navigate(robot, "estate");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#tile-1-1-101").tryQuery()).isPresent();
        assertThat(robot.lookup("#tile-1-1-102").tryQuery()).as("added after the backup").isEmpty();
        WindowTestSupport.navigate(robot, "audit");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("恢复数据库").tryQuery()).as("the restore is in the restored audit log").isPresent();
    }

    @Test
    void anArchiveManagerBacksUpButDoesNotRestoreAndACashierHasNoBackupScreen(FxRobot robot) {
        WindowTestSupport.signIn(robot, "zhou", TestDatabase.PASSWORD);
        WindowTestSupport.navigate(robot, "backups");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#restoreBackupButton").tryQuery()).isEmpty();
        assertThat(robot.lookup("#saveBackupSettingsButton").tryQuery()).isEmpty();
        robot.clickOn("#backupNowButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WindowTestSupport.text(robot, "#backupMessage")).startsWith("已备份到 sitedesk-");

        robot.clickOn("#userMenu").clickOn("#signOutMenuItem");
        WaitForAsyncUtils.waitForFxEvents();
        WindowTestSupport.signIn(robot, "qian", TestDatabase.PASSWORD);
        assertThat(robot.lookup("#nav-backups").tryQuery()).isEmpty();
        assertThat(WindowTestSupport.text(robot, "#backupNewestLine")).startsWith("最近备份 2026-11-23 09:00");
    }

    @Test
    void theAdministratorKeepsBackupsOnAUsbStickForAChosenNumberOfDays(FxRobot robot) {
        WindowTestSupport.signIn(robot, "admin", TestDatabase.PASSWORD);
        WindowTestSupport.navigate(robot, "backups");
        WaitForAsyncUtils.waitForFxEvents();
        WindowTestSupport.replaceText(robot, "#backupFolder", "backups");
        robot.clickOn("#saveBackupSettingsButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WindowTestSupport.text(robot, "#backupMessage")).startsWith("备份文件夹“backups”须是完整路径");

        Path usb = folder.resolve("usb").toAbsolutePath();
        WindowTestSupport.replaceText(robot, "#backupFolder", usb.toString());
        WindowTestSupport.replaceText(robot, "#backupKeepDays", "14");
        robot.clickOn("#saveBackupSettingsButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WindowTestSupport.text(robot, "#backupMessage")).isEqualTo("备份保存在 " + usb + "，保留 14 天。");
        assertThat(db.services.core().backupSettings().load().keepDays()).isEqualTo(14);
    }
}
