package org.sitedesk.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitedesk.support.EstateFixture.ZHANG_SAN_ID;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.users.Role;
import org.sitedesk.shell.WindowTestSupport;
import org.sitedesk.support.EstateFixture;
import org.sitedesk.support.RecordingPrinters;
import org.sitedesk.support.TestDatabase;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Printing from the screens: the preview's printer and copies, list printouts, offsets in settings. */
@ExtendWith(ApplicationExtension.class)
class PrintingWindowTest {
    @TempDir
    static Path folder;
    private TestDatabase db;
    private final RecordingPrinters printers = new RecordingPrinters();

    @Start
    void start(Stage stage) throws Exception {
        db = new TestDatabase(Files.createTempDirectory(folder, "db"), printers);
        var admin = db.administrator();
        db.userWithRole("xiao", Role.CLERK);
        EstateFixture estate = new EstateFixture(db);
        long unit = estate.unit("3-2-1502", "15", "89.75");
        estate.unit("3-2-1501", "15", "120.00");
        estate.owner(admin, unit, "张三", ZHANG_SAN_ID, "13800138000", LocalDate.of(2015, 7, 1));
        WindowTestSupport.show(stage, db, folder.resolve("prefs"), Language.CHINESE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theRegistrationFormGoesToTheChosenPrinterWithTheCopiesTypedByCtrlP(FxRobot robot) throws Exception {
        WindowTestSupport.signIn(robot, "xiao", TestDatabase.PASSWORD);
        WindowTestSupport.navigate(robot, "estate");
        robot.clickOn("#tile-3-2-1502");
        robot.clickOn("#printFormButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#previewPrinter").queryComboBox().getValue()).isEqualTo(RecordingPrinters.COUNTER);
        robot.clickOn("#previewPrinter").clickOn(RecordingPrinters.DOT_MATRIX);
        WindowTestSupport.replaceText(robot, "#previewCopies", "2");
        robot.push(KeyCode.SHORTCUT, KeyCode.P);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(printers.jobs()).singleElement().satisfies(job -> {
            assertThat(job.printer()).isEqualTo(RecordingPrinters.DOT_MATRIX);
            assertThat(job.copies()).isEqualTo(2);
            assertThat(new PdfPages(job.printout().pdf()).text()).contains("业主登记表", "3-2-1502", "张三");
        });
        assertThat(WindowTestSupport.text(robot, "#previewMessage")).isEqualTo("已发送到 针式打印机，共 2 份。");
    }

    @Test
    void theEntranceListAndTheSearchResultsPrintAsLists(FxRobot robot) throws Exception {
        WindowTestSupport.signIn(robot, "xiao", TestDatabase.PASSWORD);
        WindowTestSupport.navigate(robot, "estate");
        robot.clickOn("#printEntranceButton");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#previewPrint");
        robot.push(KeyCode.ESCAPE);
        robot.clickOn("#searchBox").write("张三");
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.SHORTCUT, KeyCode.P);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#previewPrint");

        assertThat(printers.jobs()).hasSize(2);
        String entrance = new PdfPages(printers.jobs().get(0).printout().pdf()).text();
        assertThat(entrance).contains("3 栋 2 单元 住户清单", "共 2 条", "房号", "业主", "3-2-1502", "3-2-1501", "张三", "xiao");
        String search = new PdfPages(printers.jobs().get(1).printout().pdf()).text();
        assertThat(search).contains("查询结果：张三", "共 1 条", "3-2-1502", "张三");
    }

    @Test
    void theUsersListPrintsTheColumnsTheTableShows(FxRobot robot) throws Exception {
        WindowTestSupport.signIn(robot, "admin", TestDatabase.PASSWORD);
        WindowTestSupport.navigate(robot, "users");
        robot.clickOn("#printListButton");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#previewPrint");

        String text = new PdfPages(printers.jobs().get(0).printout().pdf()).text();
        assertThat(text).contains("用户", "共 2 条", "用户名", "角色", "admin", "王管理", "xiao", "前台");
    }

    @Test
    void anAdministratorSetsAnOffsetAndPrintsItsTestPage(FxRobot robot) throws Exception {
        WindowTestSupport.signIn(robot, "admin", TestDatabase.PASSWORD);
        WindowTestSupport.navigate(robot, "settings");
        WaitForAsyncUtils.waitForFxEvents();
        WindowTestSupport.replaceText(robot, "#offsetHorizontal", "左移");
        robot.clickOn("#saveOffsetButton");
        assertThat(WindowTestSupport.text(robot, "#offsetMessage")).isEqualTo("水平偏移（mm）须是以毫米计的数字，例如 -1.5。");

        WindowTestSupport.replaceText(robot, "#offsetHorizontal", "2.5");
        WindowTestSupport.replaceText(robot, "#offsetVertical", "-1");
        robot.clickOn("#saveOffsetButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(WindowTestSupport.text(robot, "#offsetMessage")).isEqualTo("偏移已保存，之后打印的该单据都按新位置。");
        assertThat(db.services.print().offsets().offsetOf("household"))
                .isEqualTo(new PrintOffset(new BigDecimal("2.5"), new BigDecimal("-1.0")));
        robot.clickOn("#testPageButton");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#previewPrint");
        assertThat(new PdfPages(printers.jobs().get(0).printout().pdf()).text())
                .contains("打印测试页", "业主登记表", "水平 +2.5 mm，垂直 -1.0 mm");
    }

    @Test
    void aClerkSeesTheOffsetsButCannotSaveThem(FxRobot robot) {
        WindowTestSupport.signIn(robot, "xiao", TestDatabase.PASSWORD);
        WindowTestSupport.navigate(robot, "settings");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#saveOffsetButton").query().isVisible()).isFalse();
        assertThat(robot.lookup("#offsetHorizontal").queryTextInputControl().isEditable()).isFalse();
        assertThat(robot.lookup("#testPageButton").query().isDisabled()).isFalse();
    }
}
