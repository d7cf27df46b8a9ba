package org.sitedesk.fees.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import javafx.scene.control.TableView;
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
import org.sitedesk.fees.ArrearsRow;
import org.sitedesk.fees.PaymentMethod;
import org.sitedesk.fees.PaymentRequest;
import org.sitedesk.fees.ReminderWay;
import org.sitedesk.shell.WindowTestSupport;
import org.sitedesk.support.EstateFixture;
import org.sitedesk.support.FeeFixture;
import org.sitedesk.support.RecordingPrinters;
import org.sitedesk.support.TestDatabase;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** 欠费催缴 driven by a cashier: the list with its buckets, a notice printed, a reminder recorded. */
@ExtendWith(ApplicationExtension.class)
class ArrearsWindowTest {
    @TempDir
    static Path folder;
    private TestDatabase db;
    private final RecordingPrinters printers = new RecordingPrinters();
    private long behind;

    @Start
    void start(Stage stage) throws Exception {
        db = new TestDatabase(Files.createTempDirectory(folder, "db"), printers);
        Actor admin = db.administrator();
        db.userWithRole("qian", Role.CASHIER);
        new FeeFixture(db).propertyFee();
        EstateFixture estate = new EstateFixture(db);
        behind = estate.unit("3-2-1502", "15", "89.75");
        estate.owner(admin, behind, "张三", EstateFixture.ZHANG_SAN_ID, "13800138000", LocalDate.of(2015, 7, 1));
        long oneMonth = estate.unit("3-2-1501", "15", "100.00");
        for (YearMonth month : List.of(YearMonth.of(2026, 9), YearMonth.of(2026, 10), YearMonth.of(2026, 11))) {
            db.services.fees().billing().bill(admin, month, Progress.NONE);
        }
        db.services.fees().payments().pay(admin, PaymentRequest.today(oneMonth, Money.of("120.00"), PaymentMethod.CASH,
                LocalDate.of(2026, 11, 23)));
        WindowTestSupport.show(stage, db, folder.resolve("prefs"), Language.CHINESE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aCashierSeesWhoOwesPrintsANoticeAndRecordsTheCall(FxRobot robot) throws Exception {
        WindowTestSupport.signIn(robot, "qian", TestDatabase.PASSWORD);
        assertThat(robot.lookup("#followUps").queryAs(javafx.scene.layout.VBox.class).getChildren())
                .extracting(node -> ((javafx.scene.control.Label) node).getText())
                .contains("3-2-1502　欠 3 个月　161.55 元　上次催缴 从未");
        WindowTestSupport.navigate(robot, "arrears");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<ArrearsRow> table = robot.lookup("#arrearsTable").queryTableView();
        assertThat(table.getItems()).extracting(ArrearsRow::room).containsExactly("3-2-1501", "3-2-1502");
        assertThat(WindowTestSupport.text(robot, "#arrearsBuckets"))
                .contains("1 个月：1 户 60.00 元", "3–6 个月：1 户 161.55 元", "共 2 户欠费：费用 221.55 元，违约金 0.00 元，合计 221.55 元。");

        robot.clickOn("#printNoticesButton");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#previewPrint");
        try (PDDocument document = Loader.loadPDF(printers.jobs().get(0).printout().pdf())) {
            assertThat(document.getNumberOfPages()).as("only the unit two or more months behind").isEqualTo(1);
            assertThat(new PDFTextStripper().getText(document)).contains("催缴通知单", "尊敬的 张三（3-2-1502）");
        }
        robot.push(javafx.scene.input.KeyCode.ESCAPE);

        robot.clickOn("3-2-1502");
        robot.clickOn("#reminderResult").write("业主答应月底来缴");
        robot.clickOn("#recordReminderButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(WindowTestSupport.text(robot, "#arrearsMessage")).isEqualTo("已记录 3-2-1502 的催缴（电话）。");
        assertThat(db.services.fees().dunning().reminders(behind)).singleElement()
                .satisfies(reminder -> assertThat(reminder.way()).isEqualTo(ReminderWay.PHONE));
    }
}
