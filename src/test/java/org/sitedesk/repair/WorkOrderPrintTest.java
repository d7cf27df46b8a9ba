package org.sitedesk.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.core.settings.SiteSettings;
import org.sitedesk.core.users.Actor;
import org.sitedesk.print.Paper;
import org.sitedesk.print.PrintStamp;
import org.sitedesk.print.PrintoutTypes;
import org.sitedesk.support.EstateFixture;
import org.sitedesk.support.RepairFixture;
import org.sitedesk.support.TestDatabase;

/** 派工单 as printed: the request, its deadlines and the blanks to fill by hand, on A5 and on A4. */
class WorkOrderPrintTest {
    private static final Messages CHINESE = new Messages(Language.CHINESE);

    @TempDir
    Path folder;
    private TestDatabase db;
    private RepairFixture fixture;
    private Actor admin;
    private long unit;
    private long wang;
    private long li;

    @BeforeEach
    void open() {
        db = new TestDatabase(folder);
        admin = db.administrator();
        db.services.core().siteSettings().save(admin, new SiteSettings("翠湖花园物业服务中心", "0571-87654321"));
        unit = new EstateFixture(db).unit("3-2-1502", "15", "89.75");
        fixture = new RepairFixture(db);
        wang = fixture.wang();
        li = fixture.li();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private byte[] print(ServiceRequest request, boolean a4) {
        PrintStamp stamp = PrintStamp.of(db.services.core().siteSettings().load(), admin, LocalDateTime.now(db.clock), CHINESE);
        return db.services.print().reports().pdf(WorkOrderPrintout.of(request, WorkOrderPrintout.type(a4), stamp, CHINESE,
                db.clock.instant(), db.clock.getZone()));
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).as("a slip is one sheet").isEqualTo(1);
            return new PDFTextStripper().getText(document);
        }
    }

    /** Width and height as the page is seen, with every font embedded and the barcode drawn. */
    private static float[] pageSize(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            for (COSName name : page.getResources().getFontNames()) {
                assertThat(page.getResources().getFont(name).isEmbedded()).isTrue();
            }
            assertThat(page.getResources().getXObjectNames()).as("the barcode").isNotEmpty();
            float width = page.getMediaBox().getWidth();
            float height = page.getMediaBox().getHeight();
            return page.getRotation() % 180 == 0 ? new float[] {width, height} : new float[] {height, width};
        }
    }

    @Test
    void theSlipCarriesTheRequestItsDeadlinesAndTheBlanksToFillOnBothPapers() throws Exception {
        // reported 2026-11-23 09:00; an ordinary repair is reached within 2 hours and finished within 24
        ServiceRequest request = fixture.dispatched(RepairFixture.repairAt(unit, "WATER", Priority.ORDINARY), wang, li);

        for (boolean a4 : new boolean[] {false, true}) {
            String text = text(print(request, a4));

            assertThat(text).as(a4 ? "A4" : "A5").contains("翠湖花园物业服务中心", "0571-87654321", "派工单",
                    "BX-2026-000001", "报修", "3-2-1502", "给排水", "张三", "13800138000", "厨房水龙头漏水", "紧急程度", "一般",
                    "报事时间", "2026-11-23 09:00", "预约时间", "无", "到场时限", "2026-11-23 11:00 前", "完工时限",
                    "2026-11-24 09:00 前", "维修人员", "王师傅", "李师傅", "无偿", "返修原单",
                    "到场时间", "完工时间", "维修情况", "材料名称", "数量", "单价（元）", "金额（元）", "工时（小时）",
                    "收费金额（元）", "业主评价", "非常满意", "满意", "一般", "不满意", "非常不满意",
                    "维修人员签字", "业主签字", "日期", "打印：", "王管理", "2026-11-23 09:00");
        }
        float[] a5 = pageSize(print(request, false));
        assertThat(a5[0]).isCloseTo(210 * 72 / 25.4f, offset(1f));
        assertThat(a5[1]).isCloseTo(148 * 72 / 25.4f, offset(1f));
        float[] a4 = pageSize(print(request, true));
        assertThat(a4[0]).isCloseTo(210 * 72 / 25.4f, offset(1f));
        assertThat(a4[1]).isCloseTo(297 * 72 / 25.4f, offset(1f));
        assertThat(WorkOrderPrintout.type(false).paper()).isEqualTo(Paper.A5_LANDSCAPE);
        assertThat(PrintoutTypes.all()).contains(PrintoutTypes.WORKORDER_A5, PrintoutTypes.WORKORDER_A4);
    }

    @Test
    void aPaidAppointmentCountsItsDeadlinesFromTheAppointedTime() throws Exception {
        RequestDraft draft = new RequestDraft(RequestType.REPAIR, Channel.PHONE,
                new Location(Optional.of(unit), Optional.empty(), ""), "张三", "13800138000", "DOORS", "卧室门锁坏了",
                Priority.APPOINTMENT, Optional.of(LocalDateTime.of(2026, 11, 24, 14, 0)), true, Optional.empty());
        ServiceRequest request = fixture.dispatched(draft, wang);

        // appointments: arrive within 30 minutes of the appointed time, finish within a day of it
        assertThat(text(print(request, false))).contains("预约", "2026-11-24 14:00", "2026-11-24 14:30 前",
                "2026-11-25 14:00 前", "有偿").doesNotContain("无偿");
    }

    @Test
    void aHoldPushesTheDeadlinesBackAndAComplaintIsDueForItsReply() throws Exception {
        ServiceRequest request = fixture.dispatched(RepairFixture.repairAt(unit, "WATER", Priority.ORDINARY), wang);
        db.services.repair().moves().hold(admin, request.id(), "等配件");
        db.clock.advance(Duration.ofHours(1));

        assertThat(text(print(db.services.repair().lookup().request(request.id()), false)))
                .contains("2026-11-23 12:00 前", "2026-11-24 10:00 前");

        ServiceRequest complaint = fixture.dispatched(RepairFixture.complaintAt(unit), wang);
        assertThat(text(print(complaint, false))).contains("投诉", "答复时限", "2026-11-24 00:00 前").doesNotContain("到场时限");
    }
}
