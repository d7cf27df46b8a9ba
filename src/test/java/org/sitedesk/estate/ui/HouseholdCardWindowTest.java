package org.sitedesk.estate.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitedesk.support.EstateFixture.ZHANG_SAN_ID;

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
import org.sitedesk.core.users.Role;
import org.sitedesk.estate.Person;
import org.sitedesk.estate.Transfer;
import org.sitedesk.shell.WindowTestSupport;
import org.sitedesk.support.EstateFixture;
import org.sitedesk.support.TestDatabase;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The estate grid and the household card, driven as a clerk would. */
@ExtendWith(ApplicationExtension.class)
class HouseholdCardWindowTest {
    @TempDir
    static Path folder;
    private TestDatabase db;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        db = new TestDatabase(Files.createTempDirectory(folder, "db"));
        var admin = db.administrator();
        db.userWithRole("xiao", Role.CLERK);
        EstateFixture estate = new EstateFixture(db);
        long unit = estate.unit("3-2-1502", "15", "89.75");
        estate.unit("3-2-1501", "15", "120.00");
        estate.unit("3-2-101", "1", "89.75");
        estate.owner(admin, unit, "张三", ZHANG_SAN_ID, "13800138000", LocalDate.of(2015, 7, 1));
        WindowTestSupport.show(stage, db, folder.resolve("prefs"), Language.CHINESE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aClerkRecordsAnOwnerChangeFromTheFloorGrid(FxRobot robot) {
        WindowTestSupport.signIn(robot, "xiao", TestDatabase.PASSWORD);
        WindowTestSupport.navigate(robot, "estate");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WindowTestSupport.text(robot, "#entranceHeading")).isEqualTo("3 栋 2 单元");
        robot.clickOn("#tile-3-2-1502");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(WindowTestSupport.text(robot, "#cardTitle")).isEqualTo("住户卡 3-2-1502");
        TableView<Person> owners = robot.lookup("#ownersTable").queryTableView();
        assertThat(owners.getItems()).extracting(Person::name).containsExactly("张三");
        assertThat(robot.lookup("110105********002X").tryQuery()).isPresent();
        assertThat(robot.lookup("#revealOwnerButton").query().isVisible()).as("a clerk may not unmask").isFalse();

        robot.clickOn("#openTransferButton");
        robot.clickOn("#newOwnerName").write("Li Si");
        robot.clickOn("#newOwnerIdNumber").write(EstateFixture.LI_SI_ID);
        robot.clickOn("#newOwnerPhone").write("13900139000");
        robot.clickOn("#doc-PROPERTY_CERTIFICATE");
        robot.clickOn("#doc-KEYS_HANDED_OVER");
        robot.clickOn("#confirmTransferButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(owners.getItems()).extracting(Person::name).containsExactly("Li Si");
        assertThat(WindowTestSupport.text(robot, "#cardMessage")).isEqualTo("过户已登记，原业主已转入历史。");
        robot.clickOn("#historyTab");
        TableView<Transfer> transfers = robot.lookup("#transfersTable").queryTableView();
        assertThat(transfers.getItems()).singleElement().satisfies(transfer -> {
            assertThat(transfer.previousOwners()).isEqualTo("张三");
            assertThat(transfer.newOwners()).isEqualTo("Li Si");
            assertThat(transfer.recordedBy()).isEqualTo("xiao");
        });
        TableView<Person> past = robot.lookup("#pastPeopleTable").queryTableView();
        assertThat(past.getItems()).extracting(Person::name).containsExactly("张三");
    }

    @Test
    void theHeaderShowsEveryLabelWholeAtTheCountersWindowSizesInBothLanguages(FxRobot robot) throws Exception {
        for (Language language : Language.values()) {
            if (language != Language.CHINESE) {
                Path preferences = Files.createTempDirectory(folder, "prefs");
                robot.interact(() -> WindowTestSupport.show(stage, db, preferences, language));
            }
            WindowTestSupport.signIn(robot, "admin", TestDatabase.PASSWORD);
            WindowTestSupport.navigate(robot, "estate");
            robot.clickOn("#tile-3-2-1502");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#collectFeesButton").tryQuery()).as("the cashier's button").isPresent();
            assertThat(robot.lookup("#logRequestButton").tryQuery()).as("the request button").isPresent();

            for (double[] size : new double[][] {{1024, 700}, {1200, 760}}) {
                WindowTestSupport.resize(robot, stage, size[0], size[1]);

                assertThat(WindowTestSupport.cutLabels(robot.lookup("#cardHeader").query()))
                        .as("%s at %.0f × %.0f", language, size[0], size[1]).isEmpty();
            }
        }
    }

    @Test
    void aWrongIdNumberInTheTransferIsRefusedAndNothingChanges(FxRobot robot) {
        WindowTestSupport.signIn(robot, "admin", TestDatabase.PASSWORD);
        WindowTestSupport.navigate(robot, "estate");
        robot.clickOn("#tile-3-2-1502");
        robot.clickOn("#openTransferButton");
        robot.clickOn("#newOwnerName").write("Li Si");
        robot.clickOn("#newOwnerIdNumber").write("440306200002291238");
        robot.clickOn("#confirmTransferButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(WindowTestSupport.text(robot, "#cardMessage")).isEqualTo("身份证号码校验位不正确，请核对。");
        robot.clickOn("#cancelTransferButton");
        TableView<Person> owners = robot.lookup("#ownersTable").queryTableView();
        assertThat(owners.getItems()).extracting(Person::name).containsExactly("张三");
    }

    @Test
    void theRegistrationFormOpensInAPreviewThatEscapeCloses(FxRobot robot) {
        WindowTestSupport.signIn(robot, "xiao", TestDatabase.PASSWORD);
        WindowTestSupport.navigate(robot, "estate");
        robot.clickOn("#tile-3-2-1502");
        robot.clickOn("#printFormButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(WindowTestSupport.text(robot, "#previewPage")).isEqualTo("第 1 / 1 页");
        assertThat(robot.listTargetWindows()).hasSize(2);
        robot.clickOn("#previewZoomIn");
        robot.push(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#previewPage").tryQuery()).isEmpty();
    }

    @Test
    void anAdministratorRevealsAnIdNumberAndTheViewIsAudited(FxRobot robot) {
        WindowTestSupport.signIn(robot, "admin", TestDatabase.PASSWORD);
        WindowTestSupport.navigate(robot, "estate");
        robot.clickOn("#tile-3-2-1502");
        TableView<Person> owners = robot.lookup("#ownersTable").queryTableView();
        robot.clickOn("张三");
        robot.clickOn("#revealOwnerButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(ZHANG_SAN_ID).tryQuery()).isPresent();
        assertThat(owners.getItems()).hasSize(1);
        assertThat(db.database.dsl().fetchCount(org.sitedesk.core.db.schema.Tables.AUDIT_LOG,
                org.sitedesk.core.db.schema.Tables.AUDIT_LOG.ACTION_CODE.eq("PERSONAL_DATA_VIEWED"))).isEqualTo(1);
    }
}
