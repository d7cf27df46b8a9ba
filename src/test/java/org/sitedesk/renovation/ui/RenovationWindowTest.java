package org.sitedesk.renovation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
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
import org.sitedesk.renovation.RectificationNotice;
import org.sitedesk.renovation.Renovation;
import org.sitedesk.renovation.RenovationState;
import org.sitedesk.renovation.Worker;
import org.sitedesk.shell.WindowTestSupport;
import org.sitedesk.support.EstateFixture;
import org.sitedesk.support.RecordingPrinters;
import org.sitedesk.support.RenovationFixture;
import org.sitedesk.support.TestDatabase;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renovations driven as the counter does it (issue 18 "Must hold"): a clerk registers an application
 * that removes a load-bearing wall; the supervisor sees approval refused for the missing structural
 * design, attaches it, approves, is refused the permit until the counter has taken the money, issues
 * it and adds a worker; an inspection finds a violation and the notice shows with its deadline and is
 * printed. The
 * household card lists the unit's renovations and opens one. The clock reads 2026-11-23 09:00.
 */
@ExtendWith(ApplicationExtension.class)
class RenovationWindowTest {
    @TempDir
    static Path folder;
    private TestDatabase db;
    private long unit;
    private final RecordingPrinters printers = new RecordingPrinters();

    @Start
    void start(Stage shown) throws Exception {
        db = new TestDatabase(Files.createTempDirectory(folder, "db"), printers);
        db.administrator();
        db.userWithRole("zhou", Role.CLERK);
        db.userWithRole("zhao", Role.SUPERVISOR);
        unit = new EstateFixture(db).unit("3-2-1502", "15", "89.75");
        WindowTestSupport.show(shown, db, folder.resolve("prefs"), Language.CHINESE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Renovation renovation(String number) {
        return db.services.renovation().lookup().find(number).orElseThrow();
    }

    private String lastPrinted() throws Exception {
        List<RecordingPrinters.Job> jobs = printers.jobs();
        try (PDDocument document = Loader.loadPDF(jobs.get(jobs.size() - 1).printout().pdf())) {
            return new PDFTextStripper().getText(document).replace("\n", "").replace("\r", "");
        }
    }

    /** Prints what the preview shows and closes it, as the clerk does. */
    private void printPreview(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#previewPrint");
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static ScrollPane scrollPaneOf(Node node) {
        Node parent = node.getParent();
        while (!(parent instanceof ScrollPane)) {
            parent = parent.getParent();
        }
        return (ScrollPane) parent;
    }

    private String message(FxRobot robot) {
        return WindowTestSupport.text(robot, "#permitMessage");
    }

    private void click(FxRobot robot, String query) {
        robot.clickOn(query);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aClerkRegistersTheSupervisorApprovesOnceTheStructuralDesignIsAttachedAndTheSiteIsInspected(FxRobot robot)
            throws Exception {
        WindowTestSupport.signIn(robot, "zhou", TestDatabase.PASSWORD);
        click(robot, "#nav-renovation");
        click(robot, "#newRenovation");
        robot.clickOn("#applyRoom").write("3-2-1502");
        robot.clickOn("#applyApplicant").write("张三");
        robot.clickOn("#applyContractor").write("华美装饰工程有限公司");
        robot.clickOn("#applyLicence").write("D211000001");
        robot.clickOn("#scope-WALLS");
        robot.clickOn("#scope-LOAD_BEARING");
        for (String document : List.of("PROPERTY", "IDENTITY", "PLAN", "LICENCE")) {
            robot.clickOn("#document-" + document);
        }
        click(robot, "#saveApplication");

        Renovation applied = renovation("ZX-2026-0001");
        assertThat(applied.state()).isEqualTo(RenovationState.SUBMITTED);
        assertThat(applied.scopeNames()).isEqualTo("墙面、拆除承重墙");
        TableView<Renovation> register = robot.lookup("#renovationTable").queryTableView();
        assertThat(register.getSelectionModel().getSelectedItem().number()).as("the new application is chosen")
                .isEqualTo("ZX-2026-0001");
        assertThat(WindowTestSupport.text(robot, "#permitTitle")).isEqualTo("ZX-2026-0001  3-2-1502  待审核");
        assertThat(WindowTestSupport.text(robot, "#permitScope")).contains("拆除承重墙：涉及禁止行为“变动主体或承重结构”，须提交结构设计方案");
        assertThat(WindowTestSupport.text(robot, "#permitMissing")).isEqualTo("审批前还缺：结构设计方案（拆除承重墙）");
        click(robot, "办理");
        assertThat(robot.lookup("#approveRenovation").tryQuery()).as("a clerk does not approve").isEmpty();

        robot.clickOn("#userMenu").clickOn("#signOutMenuItem");
        WaitForAsyncUtils.waitForFxEvents();
        WindowTestSupport.signIn(robot, "zhao", TestDatabase.PASSWORD);
        click(robot, "#nav-renovation");
        click(robot, "ZX-2026-0001");
        click(robot, "办理");
        click(robot, "#approveRenovation");
        assertThat(message(robot)).isEqualTo("不能批准 ZX-2026-0001，缺少材料：结构设计方案（拆除承重墙）。");
        assertThat(renovation("ZX-2026-0001").state()).isEqualTo(RenovationState.SUBMITTED);

        Path design = Files.write(folder.resolve("design.pdf"), "%PDF-1.4 structural design".getBytes());
        robot.clickOn("#documentChoice").clickOn("结构设计方案");
        robot.clickOn("#attachFile").write(design.toString());
        click(robot, "#attachDocument");
        assertThat(message(robot)).isEqualTo("已附上 结构设计方案 的扫描件。");
        click(robot, "#approveRenovation");
        assertThat(message(robot)).startsWith("已批准 ZX-2026-0001，押金 2000.00 元");
        TableView<Renovation> supervisors = robot.lookup("#renovationTable").queryTableView();
        assertThat(supervisors.getItems()).extracting(shown -> shown.state()).containsExactly(RenovationState.APPROVED);

        click(robot, "#issuePermit");
        assertThat(message(robot)).startsWith("装修申请 ZX-2026-0001 还有未缴费用：").contains("装修押金");
        assertThat(renovation("ZX-2026-0001").state()).isEqualTo(RenovationState.APPROVED);

        new RenovationFixture(db).pay(renovation("ZX-2026-0001"));
        click(robot, "#issuePermit");
        assertThat(message(robot)).isEqualTo("已发放施工许可证 ZX-2026-0001，有效期 2026-11-24 至 2027-01-22。");
        assertThat(WindowTestSupport.text(robot, "#permitTitle")).isEqualTo("ZX-2026-0001  3-2-1502  施工中");

        robot.clickOn("#workerName").write("赵六");
        robot.clickOn("#workerTrade").write("木工");
        robot.clickOn("#workerId").write("110105194912310021");
        click(robot, "#addWorker");
        assertThat(message(robot)).isEqualTo("身份证号码校验位不正确，请核对。");
        WindowTestSupport.replaceText(robot, "#workerId", EstateFixture.ZHANG_SAN_ID);
        click(robot, "#addWorker");
        List<Worker> workers = db.services.renovation().lookup().workers(applied.id());
        assertThat(workers).extracting(Worker::name).containsExactly("赵六");
        assertThat(message(robot)).isEqualTo("已登记 赵六，出入证 " + workers.get(0).passNumber() + "。");

        click(robot, "巡查与验收");
        robot.clickOn("#inspectionFindings").write("非施工时间电钻作业");
        robot.clickOn("#inspectionViolation");
        WindowTestSupport.replaceText(robot, "#noticeCorrection", "严格按许可时间施工");
        click(robot, "#saveInspection");
        assertThat(message(robot)).isEqualTo("已发出整改通知书 ZX-2026-0001-ZG01，整改期限 2026-11-26。");

        click(robot, "详情");
        assertThat(WindowTestSupport.text(robot, "#permitTitle")).isEqualTo("ZX-2026-0001  3-2-1502  整改中");
        TableView<Worker> shownWorkers = robot.lookup("#permitWorkers").queryTableView();
        assertThat(shownWorkers.getItems()).extracting(Worker::name).containsExactly("赵六");
        TableView<RectificationNotice> notices = robot.lookup("#permitNotices").queryTableView();
        assertThat(notices.getItems()).extracting(RectificationNotice::number, RectificationNotice::correction,
                notice -> notice.deadline().toString(), notice -> notice.state().name())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ZX-2026-0001-ZG01", "严格按许可时间施工", "2026-11-26", "OPEN"));
        assertThat(WindowTestSupport.text(robot, "#permitLedger")).startsWith("应收 2000.00，已收 2000.00，扣款 0.00，已退 0.00，结存 2000.00");
        assertThat(WindowTestSupport.text(robot, "#permitMoney")).isEqualTo("押金和装修费用已缴清");
        assertThat(WindowTestSupport.cutLabels(robot.lookup("#permitDetails").query())).isEmpty();

        robot.interact(() -> {
            notices.getSelectionModel().select(0);
            scrollPaneOf(notices).setVvalue(1.0);       // scrolled down to the notices, as the clerk does
        });
        assertThat(WindowTestSupport.text(robot, "#noticeText")).isEqualTo("ZX-2026-0001-ZG01：严格按许可时间施工（整改期限 2026-11-26）");
        click(robot, "#printNotice");
        printPreview(robot);
        assertThat(lastPrinted()).contains("整改通知书", "ZX-2026-0001-ZG01", "3-2-1502", "非施工时间电钻作业", "严格按许可时间施工",
                "2026-11-26");
    }

    @Test
    void theSupervisorAcceptsTheWorksAfterARectificationAndRefundsTheDepositLessADeduction(FxRobot robot) throws Exception {
        Renovation issued = new RenovationFixture(db).issued(unit);
        WindowTestSupport.signIn(robot, "zhao", TestDatabase.PASSWORD);
        click(robot, "#nav-renovation");
        click(robot, issued.number());
        click(robot, "巡查与验收");
        robot.interact(() -> scrollPaneOf(robot.lookup("#saveAcceptance").query()).setVvalue(1.0));
        click(robot, "防水闭水试验合格");
        click(robot, "#saveAcceptance");
        assertThat(message(robot)).isEqualTo(issued.number() + " 验收未通过，已发出整改通知书。");
        assertThat(renovation(issued.number()).state()).isEqualTo(RenovationState.RECTIFYING);

        robot.interact(() -> scrollPaneOf(robot.lookup("#saveInspection").query()).setVvalue(0.0));
        robot.clickOn("#inspectionFindings").write("闭水试验已重做，合格");
        robot.clickOn("#inspectionRectified");
        click(robot, "#saveInspection");
        assertThat(message(robot)).isEqualTo("已记录 " + issued.number() + " 的巡查。");
        assertThat(renovation(issued.number()).state()).isEqualTo(RenovationState.IN_PROGRESS);

        robot.interact(() -> scrollPaneOf(robot.lookup("#saveAcceptance").query()).setVvalue(1.0));
        click(robot, "#saveAcceptance");
        assertThat(message(robot)).isEqualTo(issued.number() + " 竣工验收通过。");

        robot.clickOn("#deductionReason").write("损坏楼道墙面");
        robot.clickOn("#deductionAmount").write("300.00");
        click(robot, "#addDeduction");
        click(robot, "#refundDeposit");
        assertThat(message(robot)).isEqualTo(issued.number() + " 已退还押金 1700.00 元。");
        assertThat(renovation(issued.number()).state()).isEqualTo(RenovationState.REFUNDED);

        click(robot, "详情");
        assertThat(WindowTestSupport.text(robot, "#permitTitle")).isEqualTo(issued.number() + "  3-2-1502  已退押金");
        assertThat(WindowTestSupport.text(robot, "#permitLedger"))
                .isEqualTo("应收 2000.00，已收 2000.00，扣款 300.00，已退 1700.00，结存 0.00\n扣款：损坏楼道墙面 300.00");
        click(robot, "巡查与验收");
        click(robot, "#printLedger");
        printPreview(robot);
        assertThat(lastPrinted()).contains("装修押金台账", issued.number(), "损坏楼道墙面", "300.00", "1700.00");
    }

    /** Art. 17 and issue 18 item 4: the owner gives the works up; the supervisor cancels and the workers' passes end. */
    @Test
    void theSupervisorCancelsWorksTheOwnerGivesUpAndTheWorkersPassesEnd(FxRobot robot) {
        RenovationFixture fixture = new RenovationFixture(db);
        Renovation issued = fixture.issued(unit);
        db.services.renovation().permits().addWorker(db.administrator(), issued.id(),
                RenovationFixture.worker("赵六", EstateFixture.ZHANG_SAN_ID));
        WindowTestSupport.signIn(robot, "zhao", TestDatabase.PASSWORD);
        click(robot, "#nav-renovation");
        click(robot, issued.number());
        click(robot, "办理");
        robot.interact(() -> scrollPaneOf(robot.lookup("#cancelRenovation").query()).setVvalue(1.0));
        click(robot, "#cancelRenovation");
        assertThat(message(robot)).as("a reason is asked first").isNotEqualTo(issued.number() + " 已撤销。");
        assertThat(renovation(issued.number()).state()).isEqualTo(RenovationState.IN_PROGRESS);

        robot.clickOn("#cancelReason").write("业主出国，放弃装修");
        click(robot, "#cancelRenovation");
        assertThat(message(robot)).isEqualTo(issued.number() + " 已撤销。");
        assertThat(renovation(issued.number()).state()).isEqualTo(RenovationState.CANCELLED);
        assertThat(db.services.keys().passesUnder().passes(new org.sitedesk.keys.IssuedUnder("renovation", issued.number())))
                .extracting(org.sitedesk.keys.Pass::state).containsOnly(org.sitedesk.keys.PassState.ENDED);
    }

    @Test
    void theHouseholdCardListsTheUnitsRenovationsAndOpensOne(FxRobot robot) {
        Renovation issued = new RenovationFixture(db).issued(unit);
        WindowTestSupport.signIn(robot, "zhou", TestDatabase.PASSWORD);
        click(robot, "#nav-estate");
        click(robot, "#tile-3-2-1502");
        click(robot, "#renovationTab");
        TableView<Renovation> renovations = robot.lookup("#householdRenovationTable").queryTableView();
        assertThat(renovations.getItems()).extracting(Renovation::number).containsExactly(issued.number());
        click(robot, issued.number());
        click(robot, "#openRenovation");
        assertThat(WindowTestSupport.text(robot, "#permitTitle")).isEqualTo(issued.number() + "  3-2-1502  施工中");
        TableView<Renovation> register = robot.lookup("#renovationTable").queryTableView();
        assertThat(register.getSelectionModel().getSelectedItem().number()).isEqualTo(issued.number());
    }
}
