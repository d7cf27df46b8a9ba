package org.sitedesk.lostfound.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitedesk.support.LostFoundFixture.at;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.ListView;
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
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Role;
import org.sitedesk.lostfound.FoundItem;
import org.sitedesk.lostfound.ItemState;
import org.sitedesk.lostfound.LostReport;
import org.sitedesk.lostfound.Match;
import org.sitedesk.lostfound.ReportState;
import org.sitedesk.shell.WindowTestSupport;
import org.sitedesk.support.LostFoundFixture;
import org.sitedesk.support.RecordingPrinters;
import org.sitedesk.support.TestDatabase;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Lost and found driven as the counter does it (issue 17 "Must hold"): a clerk logs a found wallet with
 * cash and a witness, posts and prints the notice, logs the owner's lost report and sees the match,
 * and hands the wallet back on a claim with an ID check; a supervisor sees the dashboard, hands cash
 * to the police and disposes of an item whose year is over. The clock reads 2026-11-23 09:00.
 */
@ExtendWith(ApplicationExtension.class)
class LostFoundWindowTest {
    @TempDir
    static Path folder;
    private TestDatabase db;
    private final RecordingPrinters printers = new RecordingPrinters();

    @Start
    void start(Stage stage) throws Exception {
        db = new TestDatabase(Files.createTempDirectory(folder, "db"), printers);
        db.administrator();
        db.userWithRole("zhou", Role.CLERK);
        db.userWithRole("zhao", Role.SUPERVISOR);
        WindowTestSupport.show(stage, db, folder.resolve("prefs"), Language.CHINESE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace("\n", "").replace("\r", "");
        }
    }

    private String lastPrinted() throws Exception {
        List<RecordingPrinters.Job> jobs = printers.jobs();
        return pdfText(jobs.get(jobs.size() - 1).printout().pdf());
    }

    /** Prints what the preview shows and closes it, as the clerk does. */
    private void printPreview(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#previewPrint");
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private FoundItem item(String number) {
        return db.services.lostFound().lookup().find(db.administrator(), number).orElseThrow();
    }

    @Test
    void aClerkLogsAWalletPrintsTheNoticeMatchesTheLostReportAndHandsItBackOnAClaim(FxRobot robot) throws Exception {
        WindowTestSupport.signIn(robot, "zhou", TestDatabase.PASSWORD);
        WindowTestSupport.navigate(robot, "lostFound");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("拾得物登记");
        robot.clickOn("#foundWhat").write("黑色皮革钱包");
        robot.clickOn("#foundPrivate").write("内有张三的身份证，夹层有一张全家福照片");
        robot.push(KeyCode.TAB);
        for (int down = 0; down < 5; down++) {
            robot.push(KeyCode.DOWN);          // 证件, 钥匙, 手机/电子产品, 现金, 钱包/卡
        }
        robot.clickOn("#foundValue").clickOn("贵重");
        robot.clickOn("#foundPlace").write("3栋1单元大堂");
        WindowTestSupport.replaceText(robot, "#foundAt", "2026-11-23 08:30");
        robot.clickOn("#foundFinder").write("王建军");
        robot.clickOn("#foundFinderKind").clickOn("员工");
        robot.clickOn("#foundStorage").write("前台保险柜");
        robot.clickOn("#foundCash").write("520.50");
        robot.clickOn("#saveFoundItem");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WindowTestSupport.text(robot, "#foundMessage")).isEqualTo("现金和贵重物品须当着见证人清点，请填写见证人姓名。");

        robot.clickOn("#foundWitness").write("李秀英");
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        FoundItem wallet = item("SW-2026-000001");
        assertThat(wallet.category().name()).isEqualTo("钱包/卡");
        assertThat(wallet.cash()).contains(Money.of("520.50"));
        assertThat(wallet.witness()).isEqualTo("李秀英");
        assertThat(wallet.receivedBy()).isEqualTo("zhou");
        TableView<FoundItem> register = robot.lookup("#lostTable").queryTableView();
        assertThat(register.getSelectionModel().getSelectedItem().number()).as("the new item is chosen").isEqualTo(wallet.number());

        robot.clickOn("#postNotice");
        printPreview(robot);
        assertThat(item(wallet.number()).noticePosted()).contains(LocalDate.of(2026, 11, 23));
        assertThat(lastPrinted()).contains("招领启事", wallet.number(), "黑色皮革钱包", "3栋1单元大堂", "2027-11-23")
                .doesNotContain("全家福", "身份证，夹层", "520.50", "李秀英", "王建军");

        robot.clickOn("挂失登记");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#reportReporter").write("张三");
        robot.clickOn("#reportPhone").write("13800138000");
        robot.clickOn("#reportWhat").write("黑色钱包，里面有身份证和一张全家福");
        robot.push(KeyCode.TAB);
        for (int down = 0; down < 5; down++) {
            robot.push(KeyCode.DOWN);
        }
        robot.clickOn("#saveReport");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WindowTestSupport.text(robot, "#reportMessage")).isEqualTo("已登记挂失 GS-2026-000001。");
        ListView<Match> matches = robot.lookup("#reportMatches").queryListView();
        assertThat(matches.getItems()).extracting(match -> match.item().number()).containsExactly(wallet.number());

        robot.interact(() -> matches.getSelectionModel().select(0));
        robot.clickOn("#reportShowItem");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<Match> reports = robot.lookup("#itemMatches").queryListView();
        assertThat(reports.getItems()).extracting(match -> match.report().reporter()).containsExactly("张三");

        robot.clickOn("认领");
        assertThat(robot.lookup("#claimant").queryTextInputControl().getText()).as("from the lost report").isEqualTo("张三");
        assertThat(WindowTestSupport.text(robot, "#claimCheck")).contains("全家福", "¥520.50");
        robot.clickOn("#claimIdNumber").write("110105194912310021");
        robot.clickOn("#claimProof").write("说出了夹层里的全家福照片");
        robot.clickOn("#saveClaim");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WindowTestSupport.text(robot, "#claimMessage")).isEqualTo("身份证号码校验位不正确，请核对。");
        assertThat(item(wallet.number()).state()).isEqualTo(ItemState.HELD);

        WindowTestSupport.replaceText(robot, "#claimIdNumber", "11010519491231002X");
        robot.clickOn("#saveClaim");
        printPreview(robot);

        FoundItem claimed = item(wallet.number());
        assertThat(claimed.state()).isEqualTo(ItemState.CLAIMED);
        assertThat(claimed.claim().orElseThrow().maskedIdNumber()).isEqualTo("110105********002X");
        assertThat(claimed.claim().orElseThrow().proof()).isEqualTo("说出了夹层里的全家福照片");
        LostReport report = db.services.lostFound().reports().list(db.administrator(), true).get(0);
        assertThat(report.state()).isEqualTo(ReportState.RETURNED);
        assertThat(lastPrinted()).contains("失物领取单", wallet.number(), "张三", "110105********002X", report.number(),
                "领取人签字", "经办人签字").doesNotContain("11010519491231002X");
        assertThat(WindowTestSupport.text(robot, "#lostMessage")).isEqualTo("SW-2026-000001 已由 张三 认领，领取单已打开预览。");
    }

    @Test
    void aSupervisorSeesWhatIsDueHandsCashToThePoliceAndDisposesOfAnItemPastItsYear(FxRobot robot) throws Exception {
        LostFoundFixture fixture = new LostFoundFixture(db);
        FoundItem wallet = fixture.log(LostFoundFixture.wallet(at("2026-11-19T18:30")));
        FoundItem old = fixture.log(LostFoundFixture.umbrella(at("2025-10-01T16:20")));
        db.services.lostFound().notices().post(db.administrator(), List.of(old.number()), LocalDate.of(2025, 10, 2));

        WindowTestSupport.signIn(robot, "zhao", TestDatabase.PASSWORD);
        assertThat(WindowTestSupport.text(robot, "#lostPoliceLate")).isEqualTo("有 1 件现金、贵重物品或证件超过期限未移交派出所");
        assertThat(WindowTestSupport.text(robot, "#lostDisposalDue")).isEqualTo("有 1 件物品保管期满，待主管批准处置");

        WindowTestSupport.navigate(robot, "lostFound");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#lostState").clickOn("只看到期待处置");
        robot.clickOn("#lostSearch");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<FoundItem> register = robot.lookup("#lostTable").queryTableView();
        assertThat(register.getItems()).extracting(FoundItem::number).containsExactly(old.number());
        robot.clickOn(old.number());
        robot.clickOn("处置");
        assertThat(WindowTestSupport.text(robot, "#disposalPeriod")).isEqualTo("保管期已满，2026-10-03 起可以处置。");
        robot.clickOn("#disposalNote").write("捐给社区爱心衣物站");
        robot.clickOn("#saveDisposal");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(item(old.number()).state()).isEqualTo(ItemState.DISPOSED);
        assertThat(item(old.number()).disposal().orElseThrow().approvedBy()).isEqualTo("zhao");

        robot.clickOn("#lostClear");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(register.getItems()).hasSize(2);
        robot.clickOn(wallet.number());
        robot.clickOn("移交派出所");
        robot.clickOn("#handOverStation").write("西湖区北山派出所");
        robot.clickOn("#handOverOfficer").write("刘建华");
        robot.clickOn("#handOverBadge").write("011234");
        robot.clickOn("#saveHandOver");
        WaitForAsyncUtils.waitForFxEvents();
        printPreview(robot);

        assertThat(item(wallet.number()).state()).isEqualTo(ItemState.POLICE);
        assertThat(lastPrinted()).contains("拾得物品移交清单", "西湖区北山派出所", "刘建华（警号 011234）", "黑色皮革钱包", "520.50",
                "接收民警签字");
        WindowTestSupport.navigate(robot, "dashboard");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WindowTestSupport.text(robot, "#lostPoliceLate")).isEqualTo("没有超期未移交派出所的物品");
        assertThat(WindowTestSupport.text(robot, "#lostDisposalDue")).isEqualTo("没有到期待处置的物品");
    }
}
