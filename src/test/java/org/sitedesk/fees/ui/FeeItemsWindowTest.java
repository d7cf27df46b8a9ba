package org.sitedesk.fees.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.fees.FeeItem;
import org.sitedesk.shell.WindowTestSupport;
import org.sitedesk.support.FeeFixture;
import org.sitedesk.support.RecordingPrinters;
import org.sitedesk.support.TestDatabase;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** 收费项目 driven by an administrator: a new item from an earlier month, a new rate from next month, the fee board printed. */
@ExtendWith(ApplicationExtension.class)
class FeeItemsWindowTest {
    @TempDir
    static Path folder;
    private TestDatabase db;
    private final RecordingPrinters printers = new RecordingPrinters();

    @Start
    void start(Stage stage) throws Exception {
        db = new TestDatabase(Files.createTempDirectory(folder, "db"), printers);
        db.administrator();
        new FeeFixture(db).propertyFee();
        WindowTestSupport.show(stage, db, folder.resolve("prefs"), Language.CHINESE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void anAdministratorAddsAnItemChangesARateAndPrintsTheFeeBoard(FxRobot robot) throws Exception {
        WindowTestSupport.signIn(robot, "admin", TestDatabase.PASSWORD);
        WindowTestSupport.navigate(robot, "feeItems");
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#feeCode").write("GARBAGE");
        robot.clickOn("#feeName").write("生活垃圾清运费");
        robot.clickOn("#feeBasis").clickOn("按户");
        robot.clickOn("#feeRate").write("8");
        assertThat(robot.lookup("#feeMonth").queryTextInputControl().getText()).as("next month unless given").isEqualTo("2026-12");
        // a site that starts with SiteDesk now bills the months before it from the item's own start
        WindowTestSupport.replaceText(robot, "#feeMonth", "2026-09");
        robot.clickOn("#createFeeItemButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WindowTestSupport.text(robot, "#feeItemsMessage")).isEqualTo("已新增收费项目 GARBAGE，自 2026-09 起收费。");
        assertThat(db.services.fees().items().validIn(YearMonth.of(2026, 9))).extracting(FeeItem::code).contains("GARBAGE");
        assertThat(db.services.fees().items().validIn(YearMonth.of(2026, 8))).extracting(FeeItem::code).doesNotContain("GARBAGE");

        robot.clickOn("物业服务费");
        WindowTestSupport.replaceText(robot, "#feeMonth", "2026-12");
        WindowTestSupport.replaceText(robot, "#feeRate", "0.65");
        robot.clickOn("#changeRateButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WindowTestSupport.text(robot, "#feeItemsMessage")).isEqualTo("PROPERTY 的单价自 2026-12 起调整为 0.65。");
        assertThat(db.services.fees().items().validIn(YearMonth.of(2026, 12))).extracting(FeeItem::code, item -> item.rate().stripTrailingZeros())
                .contains(org.assertj.core.groups.Tuple.tuple("PROPERTY", new BigDecimal("0.65")),
                        org.assertj.core.groups.Tuple.tuple("GARBAGE", new BigDecimal("8")));

        robot.clickOn("#printFeeBoardButton");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#previewPrint");
        try (PDDocument document = Loader.loadPDF(printers.jobs().get(0).printout().pdf())) {
            String text = new PDFTextStripper().getText(document).replace("\n", "");
            assertThat(text).contains("收费公示", "物业服务费", "0.60 元/㎡·月", "12358");
        }
    }
}
