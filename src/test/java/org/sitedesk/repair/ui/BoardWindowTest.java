package org.sitedesk.repair.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Role;
import org.sitedesk.repair.Completion;
import org.sitedesk.repair.Priority;
import org.sitedesk.repair.RequestState;
import org.sitedesk.repair.ServiceRequest;
import org.sitedesk.shell.WindowTestSupport;
import org.sitedesk.support.EstateFixture;
import org.sitedesk.support.RecordingPrinters;
import org.sitedesk.support.RepairFixture;
import org.sitedesk.support.TestDatabase;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The request form and the dispatch board, driven as a clerk and a supervisor would (DOMAIN.md "Repair service levels"). */
@ExtendWith(ApplicationExtension.class)
class BoardWindowTest {
    @TempDir
    static Path folder;
    private TestDatabase db;
    private final RecordingPrinters printers = new RecordingPrinters();
    private long unit;
    private long wang;

    @Start
    void start(Stage stage) throws Exception {
        db = new TestDatabase(Files.createTempDirectory(folder, "db"), printers);
        Actor admin = db.administrator();
        db.userWithRole("zhou", Role.CLERK);
        db.userWithRole("zhao", Role.SUPERVISOR);
        EstateFixture estate = new EstateFixture(db);
        unit = estate.unit("3-2-1502", "15", "89.75");
        estate.owner(admin, unit, "张三", EstateFixture.ZHANG_SAN_ID, "13800138000", LocalDate.of(2020, 1, 1));
        wang = new RepairFixture(db).wang();
        WindowTestSupport.show(stage, db, folder.resolve("prefs"), Language.CHINESE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** Presses keys and types text, counting every key a clerk would press. */
    private static final class CountingKeys {
        private final FxRobot robot;
        private int presses;

        CountingKeys(FxRobot robot) {
            this.robot = robot;
        }

        CountingKeys push(KeyCode... chord) {
            robot.push(chord);
            presses++;
            WaitForAsyncUtils.waitForFxEvents();
            return this;
        }

        CountingKeys write(String text) {
            robot.write(text);
            presses += text.length();
            WaitForAsyncUtils.waitForFxEvents();
            return this;
        }
    }

    @Test
    void aClerkLogsARepairFromTheHouseholdCardInAHandfulOfKeyPresses(FxRobot robot) {
        WindowTestSupport.signIn(robot, "zhou", TestDatabase.PASSWORD);
        WindowTestSupport.navigate(robot, "estate");
        robot.clickOn("#tile-3-2-1502");
        WaitForAsyncUtils.waitForFxEvents();

        CountingKeys keys = new CountingKeys(robot);
        keys.push(KeyCode.F8);
        assertThat(robot.lookup("#requestRoom").queryTextInputControl().getText()).isEqualTo("3-2-1502");
        assertThat(robot.lookup("#requestReporter").queryTextInputControl().getText()).isEqualTo("张三");
        assertThat(robot.lookup("#requestPhone").queryTextInputControl().getText()).isEqualTo("13800138000");
        keys.push(KeyCode.DOWN)           // 类别: 给排水, the first
                .push(KeyCode.TAB)        // to the description
                .write("厨房水龙头漏水")
                .push(KeyCode.CONTROL, KeyCode.ENTER);

        // eleven key presses: at one a second that is eleven seconds, well inside the thirty a call allows
        assertThat(keys.presses).isLessThanOrEqualTo(12);
        List<ServiceRequest> logged = db.services.repair().lookup().all();
        assertThat(logged).singleElement().satisfies(request -> {
            assertThat(request.number()).isEqualTo("BX-2026-000001");
            assertThat(request.location().name()).isEqualTo("3-2-1502");
            assertThat(request.reporter()).isEqualTo("张三");
            assertThat(request.categoryName()).isEqualTo("给排水");
            assertThat(request.description()).isEqualTo("厨房水龙头漏水");
            assertThat(request.priority()).isEqualTo(Priority.ORDINARY);
            assertThat(request.loggedBy()).isEqualTo("zhou");
        });
        ListView<RequestCard> fresh = robot.lookup("#column-NEW").queryListView();
        assertThat(fresh.getItems()).extracting(card -> card.request().number()).containsExactly("BX-2026-000001");
        assertThat(robot.lookup("#boardDispatch").tryQuery()).as("a clerk does not dispatch").isEmpty();
    }

    @Test
    void theFormSaysWhichFieldIsMissing(FxRobot robot) {
        WindowTestSupport.signIn(robot, "zhou", TestDatabase.PASSWORD);
        WindowTestSupport.navigate(robot, "newRequest");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#saveRequestButton");
        assertThat(WindowTestSupport.text(robot, "#requestMessage")).isEqualTo("请选择房号或公共区域。");

        robot.clickOn("#requestRoom").write("9-9-999").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WindowTestSupport.text(robot, "#requestMessage")).isEqualTo("找不到房号“9-9-999”。");
        assertThat(db.services.repair().lookup().all()).isEmpty();
    }

    @Test
    void cardsMoveByKeyboardAndByDragAndIllegalMovesAreRefusedWithTheirReason(FxRobot robot) {
        RepairFixture fixture = new RepairFixture(db);
        Actor admin = db.administrator();
        ServiceRequest waiting = fixture.log(RepairFixture.repairAt(unit, "WATER", Priority.ORDINARY));
        ServiceRequest finished = fixture.dispatched(RepairFixture.repairAt(unit, "DOORS", Priority.ORDINARY), wang);
        db.services.repair().moves().arrive(admin, finished.id(), null);
        db.services.repair().moves().complete(admin, finished.id(), new Completion(null, "调整合页", "", Optional.empty(),
                Optional.empty()));
        WindowTestSupport.signIn(robot, "zhao", TestDatabase.PASSWORD);
        WindowTestSupport.navigate(robot, "board");
        WaitForAsyncUtils.waitForFxEvents();

        // keyboard: done → return visit, then close is refused without the visit
        robot.clickOn(finished.number());
        robot.push(KeyCode.CONTROL, KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(state(finished)).isEqualTo(RequestState.RETURN_VISIT);
        assertThat(column(robot, RequestState.RETURN_VISIT)).containsExactly(finished.number());
        robot.push(KeyCode.CONTROL, KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WindowTestSupport.text(robot, "#boardMessage")).isEqualTo("没有回访记录，不能关闭。");
        assertThat(state(finished)).isEqualTo(RequestState.RETURN_VISIT);

        // drag: new → on site skips a column and is refused; new → dispatched asks for the engineer
        robot.drag(waiting.number()).dropTo("#column-ON_SITE");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WindowTestSupport.text(robot, "#boardMessage")).contains("顺序");
        assertThat(state(waiting)).isEqualTo(RequestState.NEW);

        robot.drag(waiting.number()).dropTo("#column-DISPATCHED");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#dialogOk");
        assertThat(WindowTestSupport.text(robot, "#dialogProblem")).isEqualTo("派工前请至少指定一名维修人员。");
        assertThat(robot.lookup("王师傅　给排水 门窗　在办 0 单").tryQuery()).isPresent();
        robot.clickOn(robot.lookup("#dispatchEngineers .check-box").queryAs(Node.class));
        robot.clickOn("#dialogOk");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(state(waiting)).isEqualTo(RequestState.DISPATCHED);
        assertThat(column(robot, RequestState.DISPATCHED)).containsExactly(waiting.number());
        assertThat(robot.lookup("王师傅").tryQuery()).as("the card names its engineer").isPresent();

        // the return visit: an unhappy owner closes the request and opens a rework on the board
        robot.clickOn(finished.number());
        robot.clickOn("#boardVisit");
        robot.clickOn("#visitSatisfaction").clickOn("不满意");
        robot.clickOn("#visitComment").write("门还是关不上");
        robot.clickOn("#dialogOk");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(state(finished)).isEqualTo(RequestState.CLOSED);
        assertThat(WindowTestSupport.text(robot, "#boardMessage")).isEqualTo(
                "BX-2026-000002 已回访并关闭；业主不满意，已生成返修单 BX-2026-000003。");
        assertThat(column(robot, RequestState.NEW)).containsExactly("BX-2026-000003");
    }

    @Test
    void theClockTurnsAmberAndRedAsTimePassesAndTheOverdueFilterFindsIt(FxRobot robot) {
        ServiceRequest request = new RepairFixture(db).log(RepairFixture.repairAt(unit, "WATER", Priority.ORDINARY));
        WindowTestSupport.signIn(robot, "zhao", TestDatabase.PASSWORD);
        WindowTestSupport.navigate(robot, "board");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<RequestCard> fresh = robot.lookup("#column-NEW").queryListView();
        RequestCard card = fresh.getItems().get(0);
        assertThat(card.clockProperty().get()).isEqualTo("到场剩余 2:00:00");

        db.clock.advance(Duration.ofMinutes(95));
        WaitForAsyncUtils.sleep(1200, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(card.clockProperty().get()).isEqualTo("到场剩余 0:25:00");
        assertThat(robot.lookup(".request-card.clock-amber").tryQuery()).isPresent();

        robot.clickOn("#overdueFilter");
        assertThat(column(robot, RequestState.NEW)).isEmpty();
        db.clock.advance(Duration.ofMinutes(30));
        WaitForAsyncUtils.sleep(1200, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(column(robot, RequestState.NEW)).containsExactly(request.number());
        assertThat(card.clockProperty().get()).isEqualTo("到场超时 0:05:00");
        assertThat(robot.lookup(".request-card.clock-overdue").tryQuery()).isPresent();
        assertThat(WindowTestSupport.text(robot, "#boardSummary")).isEqualTo("在办 1 单，超时 1 单");
    }

    @Test
    void theDispatchSlipIsPrintedFromTheBoard(FxRobot robot) throws Exception {
        ServiceRequest request = new RepairFixture(db).dispatched(RepairFixture.repairAt(unit, "WATER", Priority.EMERGENCY),
                wang);
        WindowTestSupport.signIn(robot, "zhao", TestDatabase.PASSWORD);
        WindowTestSupport.navigate(robot, "board");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(request.number());
        robot.push(KeyCode.CONTROL, KeyCode.P);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#previewPrint");

        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(printers.jobs().get(0).printout().pdf())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf))
                    .contains(request.number(), "3-2-1502", "王师傅", "急修");
        }
    }

    private RequestState state(ServiceRequest request) {
        return db.services.repair().lookup().request(request.id()).state();
    }

    private static List<String> column(FxRobot robot, RequestState state) {
        ListView<RequestCard> list = robot.lookup("#column-" + state.name()).queryListView();
        return list.getItems().stream().map(card -> card.request().number()).toList();
    }
}
