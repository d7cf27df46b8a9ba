package org.sitedesk.fees.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.Progress;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Role;
import org.sitedesk.fees.PaymentMethod;
import org.sitedesk.fees.PaymentRequest;
import org.sitedesk.fees.Receipt;
import org.sitedesk.shell.WindowTestSupport;
import org.sitedesk.support.EstateFixture;
import org.sitedesk.support.FeeFixture;
import org.sitedesk.support.RecordingPrinters;
import org.sitedesk.support.TestDatabase;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The cashier's counter and the receipt register, driven as a cashier and a supervisor would. */
@ExtendWith(ApplicationExtension.class)
class CounterWindowTest {
    @TempDir
    static Path folder;
    private TestDatabase db;
    private final RecordingPrinters printers = new RecordingPrinters();
    private long unit;

    @Start
    void start(Stage stage) throws Exception {
        db = new TestDatabase(Files.createTempDirectory(folder, "db"), printers);
        Actor admin = db.administrator();
        db.userWithRole("qian", Role.CASHIER);
        db.userWithRole("zhou", Role.SUPERVISOR);
        new FeeFixture(db).propertyFee();
        unit = new EstateFixture(db).unit("3-2-1502", "15", "89.75");
        for (YearMonth month : List.of(YearMonth.of(2026, 9), YearMonth.of(2026, 10), YearMonth.of(2026, 11))) {
            db.services.fees().billing().bill(admin, month, Progress.NONE);
        }
        WindowTestSupport.show(stage, db, folder.resolve("prefs"), Language.CHINESE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void fromAnOpenedUnitTheFullAmountInCashAndItsReceiptTakeTwoKeyPresses(FxRobot robot) throws Exception {
        WindowTestSupport.signIn(robot, "qian", TestDatabase.PASSWORD);
        WindowTestSupport.navigate(robot, "estate");
        robot.clickOn("#tile-3-2-1502");
        WaitForAsyncUtils.waitForFxEvents();

        robot.push(KeyCode.F9);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#counterAmount").queryTextInputControl().getText()).isEqualTo("161.55");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#previewPrint").tryQuery()).as("the receipt preview is open").isPresent();
        robot.clickOn("#previewPrint");
        assertThat(pdfText(printers.jobs().get(0).printout().pdf())).contains("2026-000001", "2026-09", "2026-10",
                "2026-11", "161.55", "壹佰陆拾壹元伍角伍分", "现金", "qian");
    }

    @Test
    void aCashierTakesAPartPaymentAndTheReceiptShowsTheMonthsItPaid(FxRobot robot) throws Exception {
        WindowTestSupport.signIn(robot, "qian", TestDatabase.PASSWORD);
        WindowTestSupport.navigate(robot, "counter");
        robot.clickOn("#counterRoom").write("3-2-1502").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WindowTestSupport.text(robot, "#counterTotals")).isEqualTo("欠费 161.55 元　违约金 0.00 元　合计 161.55 元");

        WindowTestSupport.replaceText(robot, "#counterAmount", "100");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#previewPrint");
        robot.push(KeyCode.ESCAPE);

        String receipt = pdfText(printers.jobs().get(0).printout().pdf());
        assertThat(receipt).contains("2026-09", "53.85", "2026-10", "46.15", "壹佰元整").doesNotContain("2026-11 物业服务费");
        assertThat(WindowTestSupport.text(robot, "#counterMessage")).isEqualTo("已收款：收据 2026-000001，100.00 元，现金。");
        TableView<ChargeRow> charges = robot.lookup("#counterCharges").queryTableView();
        assertThat(charges.getItems()).extracting(row -> row.charge().period() + " " + row.charge().principalOpen())
                .containsExactly("2026-10 7.70", "2026-11 53.85");
        assertThat(robot.lookup("#counterAmount").queryTextInputControl().getText()).isEqualTo("61.55");
    }

    /**
     * DESIGN.md "More than one terminal": another counter takes a payment for the same unit while this
     * one has its account on screen; this counter refreshes the account instead of taking the stale
     * amount, and takes the payment once the cashier confirms the new one (DOMAIN.md fees 8).
     */
    @Test
    void aPaymentTakenMeanwhileAtAnotherCounterRefreshesTheAccountBeforeThisOneTakesMoney(FxRobot robot) {
        WindowTestSupport.signIn(robot, "qian", TestDatabase.PASSWORD);
        WindowTestSupport.navigate(robot, "counter");
        robot.clickOn("#counterRoom").write("3-2-1502").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#counterAmount").queryTextInputControl().getText()).isEqualTo("161.55");

        db.services.fees().payments().pay(db.userWithRole("sun", Role.CASHIER), PaymentRequest.today(unit,
                Money.of("53.85"), PaymentMethod.WECHAT, LocalDate.of(2026, 11, 23)));
        robot.clickOn("#counterAmount").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(WindowTestSupport.text(robot, "#counterMessage")).isEqualTo(
                "这户的账目刚刚有变动（另一台电脑已收款或有新入账），已刷新：现欠 107.70 元。请与交款人核对金额后再收款。");
        assertThat(robot.lookup("#previewPrint").tryQuery()).as("no receipt for the stale amount").isEmpty();
        assertThat(db.services.fees().payments().receipt("2026-000002")).isEmpty();
        assertThat(robot.lookup("#counterAmount").queryTextInputControl().getText()).isEqualTo("107.70");

        robot.clickOn("#counterAmount").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WindowTestSupport.text(robot, "#counterMessage")).isEqualTo("已收款：收据 2026-000002，107.70 元，现金。");
    }

    @Test
    void aCashierCannotVoidButASupervisorVoidsWithAReasonAndTheRegisterShowsIt(FxRobot robot) {
        Receipt receipt = db.services.fees().payments().pay(db.administrator(), PaymentRequest.today(unit, Money.of("53.85"),
                PaymentMethod.CASH, LocalDate.of(2026, 11, 23)));
        WindowTestSupport.signIn(robot, "qian", TestDatabase.PASSWORD);
        WindowTestSupport.navigate(robot, "receipts");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#voidButton").tryQuery()).as("a cashier has no void button").isEmpty();
        robot.clickOn("#userMenu").clickOn("#signOutMenuItem");
        WaitForAsyncUtils.waitForFxEvents();

        WindowTestSupport.signIn(robot, "zhou", TestDatabase.PASSWORD);
        WindowTestSupport.navigate(robot, "receipts");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(receipt.number());
        robot.clickOn("#voidButton");
        assertThat(WindowTestSupport.text(robot, "#receiptsMessage")).isEqualTo("作废收据须填写原因（最多 200 个字）。");
        robot.clickOn("#voidReason").write("金额录错");
        robot.clickOn("#voidButton");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<Receipt> table = robot.lookup("#receiptsTable").queryTableView();
        assertThat(table.getItems()).singleElement().satisfies(listed -> {
            assertThat(listed.number()).isEqualTo(receipt.number());
            assertThat(listed.voided()).hasValueSatisfying(note -> assertThat(note.reason()).isEqualTo("金额录错"));
        });
        assertThat(robot.lookup("已作废（zhou：金额录错）").tryQuery()).isPresent();
    }

    @Test
    void aSupervisorWaivesALateFeeWithAReasonAndTheCounterShowsItGone(FxRobot robot) {
        db.services.fees().settings().save(db.administrator(), new org.sitedesk.fees.FeeSettings(10, true,
                new java.math.BigDecimal("0.3"), 0, java.math.BigDecimal.ONE, false, 12));
        WindowTestSupport.signIn(robot, "zhou", TestDatabase.PASSWORD);
        WindowTestSupport.navigate(robot, "counter");
        robot.clickOn("#counterRoom").write("3-2-1502").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WindowTestSupport.text(robot, "#counterTotals")).isEqualTo("欠费 161.55 元　违约金 2.12 元　合计 163.67 元");

        robot.clickOn("2026-09");
        robot.clickOn("#waiveButton");
        assertThat(WindowTestSupport.text(robot, "#counterMessage")).isEqualTo("减免、核销和退款须填写原因（最多 200 个字）。");
        robot.clickOn("#adjustmentReason").write("业主出差，经理同意");
        robot.clickOn("#waiveButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(WindowTestSupport.text(robot, "#counterMessage")).isEqualTo("已减免 2026-09 的违约金 1.20 元。");
        assertThat(WindowTestSupport.text(robot, "#counterTotals")).isEqualTo("欠费 161.55 元　违约金 0.92 元　合计 162.47 元");
    }
}
