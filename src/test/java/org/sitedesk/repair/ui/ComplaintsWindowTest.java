package org.sitedesk.repair.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.users.Role;
import org.sitedesk.repair.ComplaintEntry;
import org.sitedesk.shell.WindowTestSupport;
import org.sitedesk.support.RecordingPrinters;
import org.sitedesk.support.ServiceMonthFixture;
import org.sitedesk.support.TestDatabase;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** 投诉台账 driven by a clerk: the month's complaints as shown, an empty month, the ledger printed. */
@ExtendWith(ApplicationExtension.class)
class ComplaintsWindowTest {
    @TempDir
    static Path folder;
    private TestDatabase db;
    private ServiceMonthFixture month;
    private final RecordingPrinters printers = new RecordingPrinters();

    @Start
    void start(Stage stage) throws Exception {
        db = new TestDatabase(Files.createTempDirectory(folder, "db"), printers);
        db.administrator();
        db.userWithRole("zhou", Role.CLERK);
        month = new ServiceMonthFixture(db).build();
        WindowTestSupport.show(stage, db, folder.resolve("prefs"), Language.CHINESE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** A row as its cells read on the screen, left to right. */
    private static List<String> shown(TableView<ComplaintEntry> table, int row) {
        ComplaintEntry entry = table.getItems().get(row);
        return table.getVisibleLeafColumns().stream().map(column -> cell(column, entry)).toList();
    }

    private static String cell(TableColumn<ComplaintEntry, ?> column, ComplaintEntry entry) {
        Object value = column.getCellData(entry);
        return value == null ? "" : value.toString();
    }

    @Test
    void aClerkReadsTheMonthsComplaintsAndPrintsTheLedger(FxRobot robot) throws Exception {
        WindowTestSupport.signIn(robot, "zhou", TestDatabase.PASSWORD);
        WindowTestSupport.navigate(robot, "complaints");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<ComplaintEntry> table = robot.lookup("#complaintsTable").queryTableView();
        assertThat(table.getItems()).hasSize(3);
        assertThat(shown(table, 0)).containsExactly(month.c1.number(), "11-23 09:00", "3-2-1502", "张三", "保洁",
                "楼道垃圾两天没有清运", "11-24 10:00", "已安排保洁当天清运，并增加巡查", "楼道垃圾已清运", "非常满意", "否");
        assertThat(shown(table, 1)).containsExactly(month.c2.number(), "11-25 09:00", "3-2-1502", "李四", "安全秩序",
                "夜间装修噪音扰民", "11-25 09:30", "已联系装修户，夜间停止施工", "待派工", "", "是");
        assertThat(shown(table, 2)).endsWith("", "", "待派工", "", "待答复");

        robot.clickOn("#complaintsPrevious");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).isEmpty();
        robot.clickOn("#complaintsNext");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(3);

        robot.clickOn("#complaintsPrint");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#previewPrint");
        try (PDDocument document = Loader.loadPDF(printers.jobs().get(0).printout().pdf())) {
            assertThat(new PDFTextStripper().getText(document)).contains("投诉台账", "2026-11", "共 3 条", "投诉内容",
                    month.c1.number(), "楼道垃圾两天没有清运", "非常满意", "待答复");
        }
    }
}
