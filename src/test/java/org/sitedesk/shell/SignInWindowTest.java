package org.sitedesk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.users.User;
import org.sitedesk.support.TestDatabase;
import org.sitedesk.ui.BundledFont;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Signing in at the counter: refusals, lock-out, and what each role gets to see. */
@ExtendWith(ApplicationExtension.class)
class SignInWindowTest {
    @TempDir
    static Path folder;
    private TestDatabase db;

    @Start
    void start(Stage stage) throws Exception {
        db = new TestDatabase(java.nio.file.Files.createTempDirectory(folder, "db"));
        db.administrator();
        WindowTestSupport.show(stage, db, folder.resolve("prefs"), Language.CHINESE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aWrongPasswordIsRefusedAndNothingOpens(FxRobot robot) {
        WindowTestSupport.signIn(robot, "admin", "not-my-password");

        assertThat(WindowTestSupport.text(robot, "#gateMessage")).startsWith("用户名或密码不正确。再错 4 次");
        assertThat(robot.lookup("#navigation").tryQuery()).isEmpty();
        assertThat(robot.lookup("#searchBox").tryQuery()).isEmpty();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne(FxRobot robot) {
        for (int attempt = 0; attempt < 5; attempt++) {
            WindowTestSupport.signIn(robot, "admin", "not-my-password");
        }
        assertThat(WindowTestSupport.text(robot, "#gateMessage")).isEqualTo("密码连续错误 5 次，账户已锁定 15 分钟。");

        WindowTestSupport.signIn(robot, "admin", TestDatabase.PASSWORD);

        assertThat(WindowTestSupport.text(robot, "#gateMessage")).contains("已锁定").contains("09:15");
        assertThat(robot.lookup("#navigation").tryQuery()).isEmpty();
    }

    @Test
    void theRightPasswordOpensTheWorkspaceWithTheUserInTheStatusBar(FxRobot robot) {
        WindowTestSupport.signIn(robot, "admin", TestDatabase.PASSWORD);

        assertThat(robot.lookup("#navigation").tryQuery()).isPresent();
        assertThat(robot.lookup("#welcomeCard").tryQuery()).isPresent();
        assertThat(WindowTestSupport.text(robot, "#statusUser")).isEqualTo("王管理（admin）· 系统管理员");
        assertThat(WindowTestSupport.text(robot, "#statusDatabase")).endsWith("sitedesk.mv.db");
        assertThat(WindowTestSupport.text(robot, "#statusClock")).isEqualTo("2026-11-23 09:00:00");
        // the bundled CJK face, not whatever the PC has
        assertThat(robot.lookup("#siteNameLabel").queryLabeled().getFont().getFamily()).isEqualTo(BundledFont.FAMILY);
    }

    @Test
    void changingOnesOwnPasswordIsConfirmedInAChineseDialog(FxRobot robot) {
        WindowTestSupport.signIn(robot, "admin", TestDatabase.PASSWORD);
        robot.clickOn("#userMenu").clickOn("#changePasswordMenuItem");
        robot.clickOn("#currentPassword").write(TestDatabase.PASSWORD);
        robot.clickOn("#newPassword").write("a-new-pass-2");
        robot.clickOn("#newPasswordConfirmation").write("a-new-pass-2");
        robot.clickOn("#changePasswordButton");
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getContentText()).isEqualTo("密码已修改。");
        assertThat(robot.from(dialog).lookup(".content").queryLabeled().getFont().getFamily())
                .isEqualTo(BundledFont.FAMILY);
        robot.clickOn("确定");
        assertThat(robot.lookup("#welcomeCard").tryQuery()).isPresent();
        assertThat(db.services.core().users().signIn("admin", "a-new-pass-2").username()).isEqualTo("admin");
    }

    @Test
    void anAdministratorAddsACashierWhoCannotOpenTheUsersScreen(FxRobot robot) {
        WindowTestSupport.signIn(robot, "admin", TestDatabase.PASSWORD);
        WindowTestSupport.navigate(robot, "users");
        robot.clickOn("#newUserButton");
        robot.clickOn("#userUsername").write("lina");
        robot.clickOn("#userDisplayName").write("Li Na");
        robot.clickOn("#userRole").clickOn("收银员");
        robot.clickOn("#userPassword").write("cashier-pass");
        robot.clickOn("#userPasswordConfirmation").write("cashier-pass");
        robot.clickOn("#saveUserButton");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<User> table = robot.lookup("#usersTable").queryTableView();
        assertThat(table.getItems()).extracting(User::username).containsExactly("admin", "lina");
        assertThat(WindowTestSupport.text(robot, "#usersMessage")).isEqualTo("已保存用户 lina。");

        robot.clickOn("#userMenu").clickOn("#signOutMenuItem");
        WindowTestSupport.signIn(robot, "lina", "cashier-pass");

        assertThat(WindowTestSupport.text(robot, "#statusUser")).isEqualTo("Li Na（lina）· 收银员");
        assertThat(robot.lookup("#nav-dashboard").tryQuery()).isPresent();
        assertThat(robot.lookup("#nav-settings").tryQuery()).isPresent();
        assertThat(robot.lookup("#nav-users").tryQuery()).isEmpty();
        assertThat(robot.lookup("#nav-audit").tryQuery()).isEmpty();
    }

    @Test
    void aMismatchedPasswordIsCaughtBeforeAnythingIsSaved(FxRobot robot) {
        WindowTestSupport.signIn(robot, "admin", TestDatabase.PASSWORD);
        WindowTestSupport.navigate(robot, "users");
        robot.clickOn("#userUsername").write("lina");
        robot.clickOn("#userDisplayName").write("Li Na");
        robot.clickOn("#userPassword").write("cashier-pass");
        robot.clickOn("#userPasswordConfirmation").write("cashier-pazz");
        robot.clickOn("#saveUserButton");

        assertThat(WindowTestSupport.text(robot, "#usersMessage")).isEqualTo("两次输入的密码不一致。");
        assertThat(db.services.core().users().find("lina")).isEmpty();
    }

    @Test
    void aResetPasswordMustBeReplacedBeforeWorkStarts(FxRobot robot) {
        var admin = db.administrator();
        var clerk = db.services.core().users().add(admin,
                new org.sitedesk.core.users.NewUser("xiao", "Xiao", org.sitedesk.core.users.Role.CLERK, "first-pass"));
        db.services.core().users().resetPassword(admin, clerk.id(), clerk.version(), "temporary-1");

        WindowTestSupport.signIn(robot, "xiao", "temporary-1");
        assertThat(robot.lookup("#navigation").tryQuery()).isEmpty();
        robot.clickOn("#currentPassword").write("temporary-1");
        robot.clickOn("#newPassword").write("my-own-pass");
        robot.clickOn("#newPasswordConfirmation").write("my-own-pass");
        robot.clickOn("#changePasswordButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#navigation").tryQuery()).isPresent();
        assertThat(db.services.core().users().signIn("xiao", "my-own-pass").mustChangePassword()).isFalse();
    }
}
