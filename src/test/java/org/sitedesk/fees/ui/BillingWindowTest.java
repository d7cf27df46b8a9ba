package org.sitedesk.fees.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Role;
import org.sitedesk.fees.CollectionRate;
import org.sitedesk.fees.PaymentMethod;
import org.sitedesk.fees.PaymentRequest;
import org.sitedesk.shell.WindowTestSupport;
import org.sitedesk.support.EstateFixture;
import org.sitedesk.support.FeeFixture;
import org.sitedesk.support.TestDatabase;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** 生成账单 and 收缴率 driven by a supervisor: preview, run, run again, then the month's collection rate. */
@ExtendWith(ApplicationExtension.class)
class BillingWindowTest {
    @TempDir
    static Path folder;
    private TestDatabase db;
    private long paying;

    @Start
    void start(Stage stage) throws Exception {
        db = new TestDatabase(Files.createTempDirectory(folder, "db"));
        db.administrator();
        db.userWithRole("zhou", Role.SUPERVISOR);
        new FeeFixture(db).propertyFee();
        EstateFixture estate = new EstateFixture(db);
        paying = estate.unit("3-2-1502", "15", "89.75");
        estate.unit("3-2-1501", "15", "100.00");
        WindowTestSupport.show(stage, db, folder.resolve("prefs"), Language.CHINESE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aSupervisorPreviewsAndRunsTheMonthThenSeesItsCollectionRate(FxRobot robot) {
        WindowTestSupport.signIn(robot, "zhou", TestDatabase.PASSWORD);
        WindowTestSupport.navigate(robot, "billing");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WindowTestSupport.text(robot, "#billingPreviewText"))
                .isEqualTo("2026-11：将生成 2 笔账单，合计 113.85 元（已有 0 笔；共 2 户）。");

        robot.clickOn("#billingRun");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WindowTestSupport.text(robot, "#billingMessage")).isEqualTo("2026-11：生成 2 笔账单，合计 113.85 元；从预存抵扣 0.00 元。");
        assertThat(robot.lookup("#billingProgress").queryAs(javafx.scene.control.ProgressBar.class).getProgress()).isEqualTo(1.0);
        robot.clickOn("#billingRun");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WindowTestSupport.text(robot, "#billingMessage")).isEqualTo("2026-11 的账单已经生成过（2 笔），这次没有新增。");

        db.services.fees().payments().pay(db.administrator(), PaymentRequest.today(paying, Money.of("53.85"), PaymentMethod.CASH,
                LocalDate.of(2026, 11, 23)));
        WindowTestSupport.navigate(robot, "collection");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<CollectionRate> rates = robot.lookup("#collectionTable").queryTableView();
        assertThat(rates.getItems()).extracting(rate -> rate.building() + " " + rate.percent())
                .containsExactly("3 47.3", " 47.3");
    }

    @Test
    void aMonthBeforeEveryFeeItemSaysSoInsteadOfBilledAlready(FxRobot robot) {
        WindowTestSupport.signIn(robot, "zhou", TestDatabase.PASSWORD);
        WindowTestSupport.navigate(robot, "billing");
        WaitForAsyncUtils.waitForFxEvents();

        WindowTestSupport.replaceText(robot, "#billingPeriod", "2025-12");
        robot.clickOn("#billingPreview");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WindowTestSupport.text(robot, "#billingPreviewText")).isEmpty();
        assertThat(WindowTestSupport.text(robot, "#billingMessage")).isEqualTo("2025-12 没有适用的收费项目；最早的收费项目从 2026-01 起收费。");

        robot.clickOn("#billingRun");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WindowTestSupport.text(robot, "#billingMessage")).isEqualTo("2025-12 没有适用的收费项目；最早的收费项目从 2026-01 起收费。");
    }
}
