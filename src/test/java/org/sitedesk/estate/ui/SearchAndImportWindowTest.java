package org.sitedesk.estate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.shell.SearchSuggestion;
import org.sitedesk.shell.WindowTestSupport;
import org.sitedesk.support.EstateFixture;
import org.sitedesk.support.TestDatabase;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The search box and the import screen, as the counter and the archive manager use them. */
@ExtendWith(ApplicationExtension.class)
class SearchAndImportWindowTest {
    @TempDir
    static Path folder;
    private TestDatabase db;

    @Start
    void start(Stage stage) throws Exception {
        db = new TestDatabase(Files.createTempDirectory(folder, "db"));
        var admin = db.administrator();
        EstateFixture estate = new EstateFixture(db);
        long unit = estate.unit("3-2-1502", "15", "89.75");
        estate.unit("3-2-1501", "15", "120.00");
        estate.owner(admin, unit, "张三", EstateFixture.ZHANG_SAN_ID, "13800138000", LocalDate.of(2015, 7, 1));
        WindowTestSupport.show(stage, db, folder.resolve("prefs"), Language.CHINESE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aClerkFindsAHouseholdByPinyinInitialsAndOpensItsCard(FxRobot robot) {
        WindowTestSupport.signIn(robot, "admin", TestDatabase.PASSWORD);
        robot.push(KeyCode.SHORTCUT, KeyCode.F).write("zs");
        WaitForAsyncUtils.waitForFxEvents();

        ListView<SearchSuggestion> results = robot.lookup("#searchResults").queryListView();
        assertThat(results.getItems()).singleElement().satisfies(hit -> {
            assertThat(hit.title()).isEqualTo("3-2-1502");
            assertThat(hit.detail()).isEqualTo("张三");
        });
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(WindowTestSupport.text(robot, "#cardTitle")).isEqualTo("住户卡 3-2-1502");
    }

    @Test
    void phoneDigitsFindTheHouseholdWithThePhoneMasked(FxRobot robot) {
        WindowTestSupport.signIn(robot, "admin", TestDatabase.PASSWORD);
        robot.clickOn("#searchBox").write("8001");
        WaitForAsyncUtils.waitForFxEvents();

        ListView<SearchSuggestion> results = robot.lookup("#searchResults").queryListView();
        assertThat(results.getItems()).extracting(SearchSuggestion::detail).containsExactly("138****8000");
    }

    @Test
    void aFileWithABadLineIsRefusedNamingTheLineAndNothingIsWritten(FxRobot robot) throws Exception {
        Path bad = Files.writeString(folder.resolve("bad-units.csv"), "房号,楼栋,单元,楼层,类型,建筑面积\n"
                + "5-1-101,5,1,1,住宅,89.75\n"
                + "5-1-102,5,1,1,住宅,89.755\n", StandardCharsets.UTF_8);
        int unitsBefore = db.services.estate().units().unitCount();
        WindowTestSupport.signIn(robot, "admin", TestDatabase.PASSWORD);
        WindowTestSupport.navigate(robot, "import");
        robot.clickOn("#importFiles").write(bad.toString());
        robot.clickOn("#checkImportButton");
        WaitForAsyncUtils.waitForFxEvents();

        ListView<String> problems = robot.lookup("#importProblems").queryListView();
        assertThat(problems.getItems()).containsExactly(bad + ":3:6: 建筑面积最多两位小数：89.755");
        assertThat(WindowTestSupport.text(robot, "#importMessage")).isEqualTo("导入未进行：发现 1 处问题，数据库未做任何改动。");
        assertThat(robot.lookup("#runImportButton").query().isDisabled()).isTrue();
        assertThat(db.services.estate().units().unitCount()).isEqualTo(unitsBefore);
    }

    @Test
    void aGoodFileIsPreviewedThenImportedAndTheSecondTimeSkipped(FxRobot robot) throws Exception {
        Path good = Files.writeString(folder.resolve("good-units.csv"), "room,building,unit,floor,type,area,handover\r\n"
                + "6-1-101,6,1,1,residential,89.75,2020-06-30\r\n"
                + "3-2-1501,3,2,15,residential,120.00,2015-06-30\r\n", StandardCharsets.UTF_8);
        WindowTestSupport.signIn(robot, "admin", TestDatabase.PASSWORD);
        WindowTestSupport.navigate(robot, "import");
        robot.clickOn("#importFiles").write(good.toString());
        robot.clickOn("#checkImportButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#importPreview").queryTableView().getItems()).hasSize(2);
        assertThat(WindowTestSupport.text(robot, "#importMessage")).startsWith("检查通过：将新增房产 1 套（已有 1 套跳过）");
        robot.clickOn("#runImportButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(WindowTestSupport.text(robot, "#importMessage"))
                .isEqualTo("导入完成：新增房产 1 套（跳过已有 1 套），新增业主 0 人（跳过已有 0 人）。");
        assertThat(db.services.estate().units().unit(org.sitedesk.estate.RoomCode.parse("6-1-101").orElseThrow())).isPresent();
        assertThat(db.services.estate().units().unitCount()).isEqualTo(3);
    }
}
