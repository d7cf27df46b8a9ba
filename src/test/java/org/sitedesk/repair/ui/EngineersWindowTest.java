package org.sitedesk.repair.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.users.Role;
import org.sitedesk.repair.Engineer;
import org.sitedesk.repair.Priority;
import org.sitedesk.repair.RepairSettings;
import org.sitedesk.repair.ServiceRequest;
import org.sitedesk.shell.WindowTestSupport;
import org.sitedesk.support.EstateFixture;
import org.sitedesk.support.RepairFixture;
import org.sitedesk.support.TestDatabase;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The engineers and service levels screen, as a supervisor and an engineer use it. */
@ExtendWith(ApplicationExtension.class)
class EngineersWindowTest {
    @TempDir
    static Path folder;
    private TestDatabase db;
    private long unit;

    @Start
    void start(Stage stage) throws Exception {
        db = new TestDatabase(Files.createTempDirectory(folder, "db"));
        db.userWithRole("zhao", Role.SUPERVISOR);
        db.userWithRole("wu", Role.ENGINEER);
        unit = new EstateFixture(db).unit("3-2-1502", "15", "89.75");
        WindowTestSupport.show(stage, db, folder.resolve("prefs"), Language.CHINESE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aSupervisorAddsAnEngineerAndTheTableShowsTheirOpenWork(FxRobot robot) {
        WindowTestSupport.signIn(robot, "zhao", TestDatabase.PASSWORD);
        WindowTestSupport.navigate(robot, "engineers");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#engineerName").write("王建国");
        robot.clickOn("#engineerPhone").write("12345");
        robot.clickOn("#engineerSkills").write("给排水 门窗");
        robot.clickOn("#addEngineerButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WindowTestSupport.text(robot, "#engineersMessage")).isEqualTo("电话“12345”不是有效的手机或固定电话号码。");

        WindowTestSupport.replaceText(robot, "#engineerPhone", "13905710101");
        robot.clickOn("#addEngineerButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WindowTestSupport.text(robot, "#engineersMessage")).isEqualTo("已保存维修人员“王建国”。");
        Engineer wang = db.services.repair().engineers().engineers().get(0);
        ServiceRequest request = new RepairFixture(db).dispatched(RepairFixture.repairAt(unit, "WATER", Priority.ORDINARY),
                wang.id());
        assertThat(request.engineerNames()).isEqualTo("王建国");

        WindowTestSupport.navigate(robot, "board");
        WindowTestSupport.navigate(robot, "engineers");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<Engineer> table = robot.lookup("#engineersTable").queryTableView();
        assertThat(table.getItems()).singleElement().satisfies(engineer -> {
            assertThat(engineer.skills()).isEqualTo("给排水 门窗");
            assertThat(engineer.openWork()).isEqualTo(1);
            assertThat(engineer.onDuty()).isTrue();
        });
    }

    @Test
    void aSupervisorTightensTheEmergencyArrivalAndNewRequestsGetIt(FxRobot robot) {
        WindowTestSupport.signIn(robot, "zhao", TestDatabase.PASSWORD);
        WindowTestSupport.navigate(robot, "engineers");
        robot.clickOn("服务标准");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#limitArrive").write("15");
        robot.clickOn("#limitFinish").write("240");
        robot.clickOn("#saveLevelsButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WindowTestSupport.text(robot, "#engineersMessage")).isEqualTo("服务标准已保存。");

        RepairSettings saved = db.services.repair().settings().load();
        assertThat(saved.limitFor(Priority.EMERGENCY, "WATER").arriveMinutes()).isEqualTo(15);
        ServiceRequest emergency = new RepairFixture(db).log(RepairFixture.repairAt(unit, "WATER", Priority.EMERGENCY));
        assertThat(emergency.arriveLimit()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void anEngineerGoesOffDutyButSeesNoServiceLevels(FxRobot robot) {
        new RepairFixture(db).engineer("吴师傅", "电气照明");
        WindowTestSupport.signIn(robot, "wu", TestDatabase.PASSWORD);
        WindowTestSupport.navigate(robot, "engineers");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("服务标准").tryQuery()).isEmpty();
        assertThat(robot.lookup("#addEngineerButton").tryQuery()).isEmpty();

        robot.clickOn("吴师傅").clickOn("#toggleDutyButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WindowTestSupport.text(robot, "#engineersMessage")).isEqualTo("吴师傅 已下班。");
        assertThat(db.services.repair().engineers().engineers().get(0).onDuty()).isFalse();
    }
}
