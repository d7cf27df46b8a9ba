package org.sitedesk.archive.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.archive.ArchiveDocument;
import org.sitedesk.archive.Box;
import org.sitedesk.archive.Confidentiality;
import org.sitedesk.archive.DocumentType;
import org.sitedesk.archive.Loan;
import org.sitedesk.archive.LoanRequest;
import org.sitedesk.archive.LoanState;
import org.sitedesk.core.db.schema.Tables;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.users.Role;
import org.sitedesk.shell.WindowTestSupport;
import org.sitedesk.support.ArchiveFixture;
import org.sitedesk.support.TestDatabase;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The 档案 tab of the household card and the archive screen, driven as the archive manager and a clerk
 * would (issue 15, "Must hold"): filing from the card, lending as the archive manager, a clerk refused a
 * 机密 loan, a return with a wrong page count flagged.
 */
@ExtendWith(ApplicationExtension.class)
class ArchiveWindowTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    static Path folder;
    private TestDatabase db;
    private ArchiveFixture fixture;
    private final List<Path> opened = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        db = new TestDatabase(Files.createTempDirectory(folder, "db"));
        fixture = new ArchiveFixture(db);
        db.userWithRole("gu", Role.ARCHIVIST);
        db.userWithRole("xiao", Role.CLERK);
        WindowTestSupport.show(stage, db, folder.resolve("prefs"), Language.CHINESE, opened::add);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void openArchiveTab(FxRobot robot, String user) {
        WindowTestSupport.signIn(robot, user, TestDatabase.PASSWORD);
        robot.clickOn("#searchBox").write("3-2-1502");
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#archiveTab");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private <T> void choose(FxRobot robot, String query, T value) {
        ComboBox<T> box = robot.lookup(query).queryComboBox();
        robot.interact(() -> box.getSelectionModel().select(value));
    }

    private List<Loan> loans() {
        return fixture.archive.lending().register(fixture.admin);
    }

    @Test
    void theArchiveManagerFilesADocumentFromTheHouseholdCardAndLendsIt(FxRobot robot) {
        openArchiveTab(robot, "gu");
        assertThat(WindowTestSupport.text(robot, "#archiveChecklist")).startsWith("尚缺：业主公约、消防安全责任书");

        robot.clickOn(robot.lookup("#filingPane").lookup(".title").queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        DocumentType drawings = fixture.type("装修图纸");
        choose(robot, "#docType", drawings);
        assertThat(robot.lookup("#docLevel").queryComboBox().getValue()).as("the type's default").isEqualTo(Confidentiality.ORDINARY);
        robot.clickOn("#docPages").write("6");
        Box box = robot.lookup("#docBox").<Box>queryComboBox().getItems().get(0);
        choose(robot, "#docBox", box);
        robot.clickOn("#fileDocumentButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(WindowTestSupport.text(robot, "#archiveMessage")).isEqualTo("已登记，档案编号 3-15-2-1502-01。");
        TableView<ArchiveDocument> documents = robot.lookup("#archiveDocuments").queryTableView();
        assertThat(documents.getItems()).singleElement().satisfies(document -> {
            assertThat(document.typeName()).isEqualTo("装修图纸");
            assertThat(document.pages()).isEqualTo(6);
            assertThat(document.filedBy()).isEqualTo("gu");
            assertThat(document.box()).isPresent();
        });

        robot.clickOn("3-15-2-1502-01");
        robot.clickOn(robot.lookup("#lendingPane").lookup(".title").queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#loanBorrower").write("李工");
        robot.clickOn("#loanReason").write("核对水管走向");
        robot.clickOn("#lendButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(WindowTestSupport.text(robot, "#archiveMessage")).isEqualTo("已借出 3-15-2-1502-01 给 李工，应于 2026-11-26 归还。");
        assertThat(loans()).singleElement().satisfies(loan -> {
            assertThat(loan.approvedBy()).isEqualTo("gu");
            assertThat(loan.state(TODAY)).isEqualTo(LoanState.OUT);
        });
        TableView<Loan> shown = robot.lookup("#archiveLoans").queryTableView();
        assertThat(shown.getItems()).hasSize(1);
        assertThat(robot.lookup("借出中").tryQuery()).isPresent();
    }

    /** The level decides who approves, in the service: a clerk's press of 借出 on a 机密 document is refused. */
    @Test
    void aClerkIsRefusedAConfidentialLoan(FxRobot robot) {
        ArchiveDocument contract = fixture.fileAt(fixture.unit1502, "购房合同", Confidentiality.SECRET);
        openArchiveTab(robot, "xiao");
        assertThat(robot.lookup("#fileDocumentButton").tryQuery()).as("a clerk files nothing").isEmpty();

        robot.clickOn(contract.fileNo());
        assertThat(robot.lookup("#loanDue").queryAs(javafx.scene.control.DatePicker.class).getValue())
                .as("机密: the same day").isEqualTo(TODAY);
        robot.clickOn("#loanBorrower").write("张三");
        robot.clickOn("#loanReason").write("办理贷款");
        robot.clickOn("#lendButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(WindowTestSupport.text(robot, "#archiveMessage"))
                .isEqualTo("您的角色没有“批准机密、绝密档案借阅（仅限室内查阅）”的权限。");
        assertThat(loans()).isEmpty();
    }

    /** A count that differs from the pages lent is flagged on the loan and stays in view. */
    @Test
    void aReturnWithAWrongPageCountIsFlagged(FxRobot robot) {
        ArchiveDocument drawings = fixture.fileAt(fixture.unit1502, "装修图纸", Confidentiality.ORDINARY);
        fixture.archive.lending().lend(fixture.admin, drawings.id(), new LoanRequest("李工", "核对图纸", TODAY.plusDays(2)));
        openArchiveTab(robot, "gu");

        robot.clickOn(drawings.fileNo());
        WindowTestSupport.replaceText(robot, "#returnPages", "3");
        robot.clickOn("#returnButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(WindowTestSupport.text(robot, "#archiveMessage"))
                .isEqualTo("已归还 " + drawings.fileNo() + "：借出 4 页，清点 3 页——页数不符，已标记。");
        assertThat(loans()).singleElement().satisfies(loan -> {
            assertThat(loan.pagesDiffer()).isTrue();
            assertThat(loan.pagesReturned()).contains(3);
        });
        TableView<Loan> shown = robot.lookup("#archiveLoans").queryTableView();
        assertThat(shown.getItems()).singleElement().satisfies(loan -> assertThat(loan.pagesDiffer()).isTrue());
        assertThat(robot.lookup("已归还（页数不符）").tryQuery()).isPresent();
        assertThat(robot.lookup("4 → 3").tryQuery()).isPresent();
    }

    /** Opening a 机密 scan goes to the system viewer and is audited. */
    @Test
    void aScanOpensInTheSystemViewerAndTheViewIsAudited(FxRobot robot) throws Exception {
        ArchiveDocument copies = fixture.fileAt(fixture.unit1502, "证件复印件", Confidentiality.SECRET);
        fixture.archive.filing().attachScan(fixture.admin, copies.id(), ArchiveFixture.pdf(folder, "id.pdf"));
        openArchiveTab(robot, "gu");

        robot.clickOn(copies.fileNo());
        robot.clickOn(robot.lookup("#scanPane").lookup(".title").queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#openScanButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(opened).singleElement().satisfies(file -> assertThat(file.getFileName().toString()).endsWith(".pdf"));
        assertThat(db.database.dsl().fetchCount(Tables.AUDIT_LOG, Tables.AUDIT_LOG.ACTION_CODE.eq("SCAN_VIEWED"))).isEqualTo(1);
    }

    /** The archive screen lists the register, and the dashboard names the overdue loan and what is due for destruction. */
    @Test
    void theArchiveScreenAndTheDashboard(FxRobot robot) {
        ArchiveDocument drawings = fixture.fileAt(fixture.unit901, "装修图纸", Confidentiality.ORDINARY);
        fixture.file(fixture.admin, fixture.unit1502, "钥匙领用登记表", 1, LocalDate.of(2015, 7, 1));
        db.clock.advance(java.time.Duration.ofDays(-10));
        fixture.archive.lending().lend(fixture.admin, drawings.id(), new LoanRequest("李工", "核对图纸", TODAY.minusDays(7)));
        db.clock.advance(java.time.Duration.ofDays(10));

        WindowTestSupport.signIn(robot, "gu", TestDatabase.PASSWORD);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WindowTestSupport.text(robot, "#archiveOverdue")).isEqualTo("逾期未还 1 份：");
        assertThat(WindowTestSupport.text(robot, "#archiveToDestroy")).startsWith("1 份档案保存期满");

        WindowTestSupport.navigate(robot, "archive");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ArchiveDocument> register = robot.lookup("#registerTable").queryTableView();
        assertThat(register.getItems()).extracting(ArchiveDocument::fileNo).containsExactly(drawings.fileNo(), "3-15-2-1502-01");
        robot.clickOn("#loansTab");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<Loan> loans = robot.lookup("#loansTable").queryTableView();
        assertThat(loans.getItems()).singleElement().satisfies(loan -> assertThat(loan.state(TODAY)).isEqualTo(LoanState.OVERDUE));
        robot.clickOn("#destructionTab");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ArchiveDocument> due = robot.lookup("#dueTable").queryTableView();
        assertThat(due.getItems()).extracting(ArchiveDocument::typeName).containsExactly("钥匙领用登记表");
        assertThat(robot.lookup("#destroyButton").tryQuery()).as("the archive manager does not destroy").isEmpty();
        assertThat(Optional.ofNullable(robot.lookup("#typesTab").query())).isPresent();
    }
}
