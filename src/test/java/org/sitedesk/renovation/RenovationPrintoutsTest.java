package org.sitedesk.renovation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.settings.SiteSettings;
import org.sitedesk.core.users.Actor;
import org.sitedesk.fees.PaymentMethod;
import org.sitedesk.print.Paper;
import org.sitedesk.print.PrintStamp;
import org.sitedesk.print.Printout;
import org.sitedesk.print.PrintoutTypes;
import org.sitedesk.support.EstateFixture;
import org.sitedesk.support.RenovationFixture;
import org.sitedesk.support.TestDatabase;

/**
 * The renovation printouts (issue 18 items 4–7) as a reader sees them: the stop-work notice (Order
 * No. 110 art. 17), a failed acceptance line marked 不合格 (art. 30), a deposit refunded in full with
 * no deductions, a permit on a site that allows noisy work on rest days, and the English printouts
 * with no label left as a bundle key.
 */
class RenovationPrintoutsTest {
    private static final Messages CHINESE = new Messages(Language.CHINESE);
    private static final Messages ENGLISH = new Messages(Language.ENGLISH);

    @TempDir
    Path folder;
    private TestDatabase db;
    private Actor admin;
    private RenovationFixture fixture;
    private Renovation permit;

    @BeforeEach
    void open() {
        db = new TestDatabase(folder);
        admin = db.administrator();
        db.services.core().siteSettings().save(admin, new SiteSettings("翠湖花园物业服务中心", "0571-87654321"));
        fixture = new RenovationFixture(db);
        permit = fixture.issued(new EstateFixture(db).unit("3-2-1502", "15", "89.75"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private PrintStamp stamp(Messages messages) {
        return PrintStamp.of(db.services.core().siteSettings().load(), admin, LocalDateTime.now(db.clock), messages);
    }

    private String text(Printout printout) throws Exception {
        try (PDDocument document = Loader.loadPDF(db.services.print().reports().pdf(printout))) {
            return new PDFTextStripper().getText(document);
        }
    }

    private RenovationLookup lookup() {
        return fixture.renovation().lookup();
    }

    @Test
    void aStopWorkNoticeNamesTheNoticeNotCompliedWithTheReasonAndTheDay() throws Exception {
        LocalDate today = LocalDate.now(db.clock);
        fixture.renovation().checks().inspect(admin, permit.id(), new InspectionDraft(today, "擅自拆除阳台墙体", List.of(), true,
                Optional.of("恢复墙体"), Optional.of(today), false));
        Renovation stopped = fixture.renovation().checks().stopWork(admin, permit.id(), "逾期未整改");
        List<RectificationNotice> escalated = lookup().notices(stopped.id()).stream()
                .filter(notice -> notice.state() == NoticeState.ESCALATED).toList();

        String paper = text(StopWorkPrintout.of(stopped, escalated, lookup().endedOn(stopped).orElseThrow(), stamp(CHINESE),
                CHINESE));

        assertThat(paper).contains("停工通知书", permit.number(), "3-2-1502", permit.number() + "-ZG01：恢复墙体（期限 " + today + "）",
                "逾期未整改", "停工日期", today.toString(), "第十七条", "施工单位签收").doesNotContain("整改通知书\n");
        assertThat(PrintoutTypes.RENOVATION_STOP_WORK.template()).isEqualTo(PrintoutTypes.RENOVATION_RECTIFICATION.template());
    }

    @Test
    void aFailedAcceptanceMarksTheLineAndSaysANoticeIsIssued() throws Exception {
        List<AcceptanceLine> lines = fixture.renovation().settings().load().checklistLines().stream()
                .map(line -> new AcceptanceLine(line, !line.equals("公共部位无损坏"))).toList();
        Acceptance failed = fixture.renovation().checks().accept(admin, permit.id(), lines, null);

        String paper = text(AcceptancePrintout.of(lookup().find(permit.number()).orElseThrow(), failed, stamp(CHINESE), CHINESE));

        assertThat(paper).contains("竣工验收表", "公共部位无损坏 不合格", "主体结构未改动 合格", "验收不合格：1 项不合格", "第三十条");
        assertThat(PrintoutTypes.RENOVATION_ACCEPTANCE.paper()).isEqualTo(Paper.A4);
    }

    @Test
    void aDepositRefundedWholeBalancesToZeroWithoutADeductionReceipt() throws Exception {
        fixture.renovation().checks().accept(admin, permit.id(), fixture.renovation().settings().load().checklistLines().stream()
                .map(line -> new AcceptanceLine(line, true)).toList(), null);
        fixture.renovation().refunds().refund(admin, permit.id(), List.of(), PaymentMethod.CASH);
        Renovation refunded = lookup().find(permit.number()).orElseThrow();
        DepositLedger ledger = lookup().deposit(refunded);

        String paper = text(DepositLedgerPrintout.of(refunded, ledger, stamp(CHINESE), CHINESE));

        assertThat(ledger.held()).isEqualTo(Money.ZERO);
        assertThat(ledger.deductionReceipt()).isEmpty();
        assertThat(paper).contains("收取装修押金 " + ledger.depositReceipt() + " 2000.00 2000.00",
                "退还押金余额 " + ledger.refundReceipt() + " 2000.00 0.00", "押金已结清，余额 0.00 元。")
                .doesNotContain("押金扣款", "抵扣");
    }

    @Test
    void theEnglishPrintoutsLeaveNoLabelAsAKeyAndTheHoursFollowTheSiteSetting() throws Exception {
        RenovationSettings settings = fixture.renovation().settings().load();
        RenovationSettings noisyWeekends = new RenovationSettings(settings.deposit(), settings.managementFee(),
                settings.debrisFee(), "07:30-12:00,13:30-19:00", true, settings.acceptanceChecklist());
        fixture.renovation().permits().addWorker(admin, permit.id(), RenovationFixture.worker("张三", EstateFixture.ZHANG_SAN_ID));
        LocalDate today = LocalDate.now(db.clock);
        RectificationNotice notice = fixture.renovation().checks().inspect(admin, permit.id(), new InspectionDraft(today,
                "debris in the corridor", List.of(), true, Optional.of("clear the corridor"), Optional.of(today.plusDays(2)), false))
                .orElseThrow();

        String english = text(PermitPrintout.of(permit, noisyWeekends, lookup().workers(permit.id()), stamp(ENGLISH), ENGLISH))
                + text(RectificationPrintout.of(permit, notice, lookup().inspectionOf(notice), stamp(ENGLISH), ENGLISH))
                + text(DepositLedgerPrintout.of(permit, lookup().deposit(permit), stamp(ENGLISH), ENGLISH));
        String chinese = text(PermitPrintout.of(permit, noisyWeekends, List.of(), stamp(CHINESE), CHINESE));

        assertThat(english).contains("Renovation permit", "workdays 07:30–12:00, 13:30–19:00; rest days as workdays",
                "Renovation management agreement", "assigns no contractor and sells no materials (art. 19)",
                "Rectification notice", "debris in the corridor", "clear the corridor", "Renovation deposit ledger")
                .doesNotContain("print.");
        assertThat(chinese).contains("工作日 07:30–12:00、13:30–19:00；休息日可以施工，时间同工作日",
                "施工人员\n姓名 身份证号 工种 特种作业操作证 出入证号 电话\n（尚未登记）");
    }
}
