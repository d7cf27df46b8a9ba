package org.sitedesk.repair.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.users.Role;
import org.sitedesk.shell.WindowTestSupport;
import org.sitedesk.support.RecordingPrinters;
import org.sitedesk.support.ServiceMonthFixture;
import org.sitedesk.support.TestDatabase;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** 服务统计 driven by a clerk on the month of {@link ServiceMonthFixture}: the dashboard's overdue count, the figures, another month, the printout. */
@ExtendWith(ApplicationExtension.class)
class ServiceFiguresWindowTest {
    @TempDir
    static Path folder;
    private TestDatabase db;
    private final RecordingPrinters printers = new RecordingPrinters();

    @Start
    void start(Stage stage) throws Exception {
        db = new TestDatabase(Files.createTempDirectory(folder, "db"), printers);
        db.administrator();
        db.userWithRole("zhou", Role.CLERK);
        new ServiceMonthFixture(db).build();
        WindowTestSupport.show(stage, db, folder.resolve("prefs"), Language.CHINESE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aClerkSeesTheOverdueRequestThenTheMonthsFiguresWithTheMissesAndPrintsThem(FxRobot robot) throws Exception {
        WindowTestSupport.signIn(robot, "zhou", TestDatabase.PASSWORD);
        assertThat(WindowTestSupport.text(robot, "#repairsOverdue")).isEqualTo("超时工单 1 张：");
        assertThat(WindowTestSupport.text(robot, "#repairsTodayCounts")).isEqualTo("今日登记 3 张，完工 0 张；未关闭 5 张。");

        WindowTestSupport.navigate(robot, "repairFigures");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<FigureLine> engineers = robot.lookup("#figuresEngineers").queryTableView();
        TableView<FigureLine> categories = robot.lookup("#figuresCategories").queryTableView();
        assertThat(engineers.getItems()).extracting(FigureLine::cells).containsExactly(
                List.of("李师傅", "3", "33.3%", "66.7%", "0.0%", "66.7%", "100.0%", "0.0%"),
                List.of("王师傅", "3", "50.0%", "50.0%", "100.0% 未达标", "100.0%", "0.0% 未达标", "—"));
        assertThat(categories.getItems()).extracting(line -> line.name() + " " + line.requests()).containsExactly(
                "给排水 2", "电气照明 1", "门窗 2", "保洁 2", "安全秩序 1", "全小区 8");
        assertThat(categories.getItems().get(5).cells())
                .containsExactly("全小区", "8", "50.0%", "60.0%", "33.3% 未达标", "75.0%", "66.7% 未达标", "50.0%");
        assertThat(engineers.getColumns()).extracting(column -> column.getText()).containsExactly(
                "维修人员", "工单数", "到场及时率", "完工及时率", "返修率（≤ 1%）", "回访率", "满意率（≥ 80%）", "投诉当日答复率");

        WindowTestSupport.replaceText(robot, "#figuresMonth", "2026-10");
        robot.clickOn("#figuresShow");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(engineers.getItems()).isEmpty();
        assertThat(categories.getItems()).extracting(FigureLine::cells)
                .containsExactly(List.of("全小区", "0", "—", "—", "—", "—", "—", "—"));

        robot.clickOn("#figuresNext");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(engineers.getItems()).extracting(FigureLine::name).containsExactly("李师傅", "王师傅");

        robot.clickOn("#figuresPrint");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#previewPrint");
        try (PDDocument document = Loader.loadPDF(printers.jobs().get(0).printout().pdf())) {
            assertThat(new PDFTextStripper().getText(document)).contains("服务统计 2026-11", "按维修人员", "李师傅",
                    "100.0% 未达标", "按类别", "安全秩序", "全小区", "33.3% 未达标", "返修率（≤ 1%）");
        }
    }

    @Test
    void aMonthThatIsNotOneIsRefusedInWords(FxRobot robot) {
        WindowTestSupport.signIn(robot, "zhou", TestDatabase.PASSWORD);
        WindowTestSupport.navigate(robot, "repairFigures");
        WaitForAsyncUtils.waitForFxEvents();

        WindowTestSupport.replaceText(robot, "#figuresMonth", "11月");
        robot.clickOn("#figuresShow");

        assertThat(WindowTestSupport.text(robot, "#figuresMessage")).isEqualTo("月份“11月”应写成 YYYY-MM，例如 2026-11。");
    }
}
