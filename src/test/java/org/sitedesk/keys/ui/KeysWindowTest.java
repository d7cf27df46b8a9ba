package org.sitedesk.keys.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Role;
import org.sitedesk.keys.KeyState;
import org.sitedesk.keys.Pass;
import org.sitedesk.keys.PassState;
import org.sitedesk.shell.WindowTestSupport;
import org.sitedesk.support.EstateFixture;
import org.sitedesk.support.KeysFixture;
import org.sitedesk.support.TestDatabase;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16 "Must hold": a clerk lends a key from the cabinet grid and takes it back (the hook goes
 * out, red once overdue, and in again); a cashier issues a card by swiping it on the household card,
 * reports it lost and reissues it there.
 */
@ExtendWith(ApplicationExtension.class)
class KeysWindowTest {
    @TempDir
    static Path folder;
    private TestDatabase db;
    private long unit;

    @Start
    void start(Stage stage) throws Exception {
        db = new TestDatabase(Files.createTempDirectory(folder, "db"));
        Actor admin = db.administrator();
        db.userWithRole("xiao", Role.CLERK);
        db.userWithRole("qian", Role.CASHIER);
        EstateFixture estate = new EstateFixture(db);
        unit = estate.unit("3-2-1502", "15", "89.75");
        estate.owner(admin, unit, "张三", EstateFixture.ZHANG_SAN_ID, "13800138000", LocalDate.of(2015, 7, 1));
        new KeysFixture(db).unitKey(unit, "3-2-1502", 7, 2);
        WindowTestSupport.show(stage, db, folder.resolve("prefs"), Language.CHINESE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Node hook(FxRobot robot, String label) {
        return robot.lookup("#hook-" + label).query();
    }

    @Test
    void aClerkLendsAKeyFromTheCabinetGridAndTakesItBack(FxRobot robot) {
        WindowTestSupport.signIn(robot, "xiao", TestDatabase.PASSWORD);
        WindowTestSupport.navigate(robot, "keys");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(hook(robot, "A-07").getStyleClass()).contains("hook-in");
        assertThat(hook(robot, "A-08").getStyleClass()).contains("hook-empty");

        robot.clickOn("#hook-A-07");
        robot.clickOn("#lendName").write("王师傅");
        robot.clickOn("#lendPhone").write("13900139000");
        robot.clickOn("#lendPurpose").write("检修水管");
        robot.clickOn("#lendButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(WindowTestSupport.text(robot, "#keysMessage")).isEqualTo("钥匙 K0001 已借给 王师傅，应于 2026-11-23 17:30 归还。可打印借用单。");
        assertThat(db.services.keys().lookup().key(db.administrator(), "K0001").orElseThrow().state()).isEqualTo(KeyState.LENT);
        assertThat(hook(robot, "A-07").getStyleClass()).contains("hook-out").doesNotContain("hook-in");
        assertThat(robot.lookup("#returnKeyButton").tryQuery()).isPresent();

        db.clock.advance(Duration.ofHours(9));
        robot.clickOn("#keysRefresh");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(hook(robot, "A-07").getStyleClass()).as("out past 17:30").contains("hook-overdue");
        robot.clickOn("#loansTab");
        assertThat(robot.lookup("#keyLoansTable").queryTableView().getItems()).hasSize(1);
        WindowTestSupport.navigate(robot, "dashboard");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WindowTestSupport.text(robot, "#keysOverdue")).isEqualTo("1 把钥匙逾期未还");
        assertThat(robot.lookup("K0001 3-2-1502：王师傅，已超时 30 分钟").tryQuery()).isPresent();
        WindowTestSupport.navigate(robot, "keys");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#hook-A-07");

        robot.clickOn("#returnKeyButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(WindowTestSupport.text(robot, "#keysMessage")).isEqualTo("钥匙 K0001 已由 王师傅 归还。");
        assertThat(db.services.keys().lookup().key(db.administrator(), "K0001").orElseThrow().state())
                .isEqualTo(KeyState.IN_CABINET);
        assertThat(hook(robot, "A-07").getStyleClass()).contains("hook-in").doesNotContain("hook-overdue", "hook-out");
        assertThat(robot.lookup("#keyLoansTable").queryTableView().getItems()).isEmpty();
    }

    @Test
    void aCashierIssuesACardByReaderThenReportsItLostAndReissuesItFromTheHouseholdCard(FxRobot robot) {
        WindowTestSupport.signIn(robot, "qian", TestDatabase.PASSWORD);
        WindowTestSupport.navigate(robot, "estate");
        robot.clickOn("#tile-3-2-1502");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#passesTab");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#issueType").clickOn("门禁卡");
        assertThat(robot.lookup("#issueDeposit").queryTextInputControl().getText()).isEqualTo("50.00");

        // the USB reader types the card's number and Enter: the number is taken, the form not yet sent
        robot.clickOn("#issueNumber").write(" 0012 345678").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#issueNumber").queryTextInputControl().getText()).isEqualTo("0012345678");
        assertThat(db.services.keys().register().all(db.administrator())).isEmpty();
        robot.clickOn("#issuePassButton");
        WaitForAsyncUtils.waitForFxEvents();

        Pass issued = db.services.keys().register().find(db.administrator(), "0012345678").orElseThrow();
        assertThat(issued.holder()).isEqualTo("张三");
        assertThat(db.services.fees().payments().receipt(issued.depositReceipt()).orElseThrow().amount())
                .isEqualTo(Money.of("50.00"));
        TableView<?> passes = robot.lookup("#householdPassTable").queryTableView();
        assertThat(passes.getItems()).hasSize(1);

        robot.clickOn("0012345678");
        robot.clickOn("#lostReportedBy").write("张三");
        robot.clickOn("#passLostButton");
        robot.clickOn("确定");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(db.services.keys().register().find(db.administrator(), "0012345678").orElseThrow().state())
                .isEqualTo(PassState.LOST);
        assertThat(WindowTestSupport.text(robot, "#householdPassesMessage")).isEqualTo("0012345678 已挂失作废。");

        robot.clickOn("#reissueNumber").write("0099999999").push(KeyCode.ENTER);
        robot.clickOn("#passReissueButton");
        WaitForAsyncUtils.waitForFxEvents();

        Optional<Pass> reissued = db.services.keys().register().find(db.administrator(), "0099999999");
        assertThat(reissued).hasValueSatisfying(pass -> {
            assertThat(pass.reissueOf()).hasValue("0012345678");
            assertThat(pass.feeReceipt()).isNotEmpty();
        });
        assertThat(WindowTestSupport.text(robot, "#householdPassesMessage"))
                .startsWith("0012345678 已补办为 0099999999。收据 ");
        assertThat(passes.getItems()).hasSize(2);
    }
}
