package org.sitedesk.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.archive.ArchiveDocument;
import org.sitedesk.archive.Box;
import org.sitedesk.archive.BoxDraft;
import org.sitedesk.archive.BoxLabels;
import org.sitedesk.archive.CataloguePrintout;
import org.sitedesk.archive.Confidentiality;
import org.sitedesk.archive.DestructionRequest;
import org.sitedesk.archive.Loan;
import org.sitedesk.archive.LoanRequest;
import org.sitedesk.archive.LoanSlip;
import org.sitedesk.archive.RegisterPrintouts;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.core.settings.SiteSettings;
import org.sitedesk.core.users.Role;
import org.sitedesk.support.ArchiveFixture;
import org.sitedesk.support.TestDatabase;

/**
 * The archive's printouts (issue 15, item 7) as printed: the catalogue's documents in building → floor
 * → room order under its six columns, labels eight to a sheet, the lending slip, the destruction register.
 */
class ArchivePrintTest {
    private static final Messages CHINESE = new Messages(Language.CHINESE);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path folder;
    private TestDatabase db;
    private ArchiveFixture fixture;
    private PrintStamp stamp;

    @BeforeEach
    void open() {
        db = new TestDatabase(folder);
        fixture = new ArchiveFixture(db);
        db.services.core().siteSettings().save(fixture.admin, new SiteSettings("翠湖花园物业服务中心", "0571-87654321"));
        stamp = PrintStamp.of(db.services.core().siteSettings().load(), fixture.admin, LocalDateTime.of(2026, 11, 23, 9, 30),
                CHINESE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private byte[] pdf(Printout printout) {
        return db.services.print().reports().pdf(printout);
    }

    /** Filed out of order on purpose: the catalogue puts them in shelf order whatever order they came in. */
    @Test
    void theCatalogueListsABoxInBuildingFloorRoomOrderUnderItsSixColumns() throws Exception {
        fixture.file(fixture.unit1502, "业主公约", 3);
        fixture.file(fixture.unit101, "业主公约", 2);
        fixture.file(fixture.unit1501, "购房合同", 12);
        fixture.file(fixture.unit901, "消防安全责任书", 1);
        fixture.file(fixture.unit1502, "证件复印件", 2);
        Box box = fixture.archive.shelves().box("3-001").orElseThrow();
        List<ArchiveDocument> documents = fixture.archive.lookup().inBox(fixture.admin, box.id());

        String text = new PdfPages(pdf(CataloguePrintout.of(List.of(new CataloguePrintout.BoxContents(box, documents)),
                TODAY, stamp, CHINESE))).text();

        assertThat(text).contains("业主档案目录", "档案盒 3-001", "类别 业主档案", "3-1-101～3-2-1502", "档案柜 A01", "共 5 份");
        assertThat(text).containsSubsequence("序号", "档案编号", "业主姓名", "入住时间", "档案页数", "备注");
        assertThat(text).containsSubsequence("3-1-1-101-01", "3-9-2-901-01", "3-15-1-1501-01", "3-15-2-1502-01",
                "3-15-2-1502-02");
        assertThat(text).contains("张三", "2015-07-01", "业主公约", "购房合同");
    }

    /** Every box on a page of its own; an empty box says so. */
    @Test
    void eachBoxStartsAPage() throws Exception {
        fixture.file(fixture.unit1502, "业主公约", 3);
        List<CataloguePrintout.BoxContents> boxes = new ArrayList<>();
        for (Box box : fixture.archive.shelves().boxes()) {
            boxes.add(new CataloguePrintout.BoxContents(box, fixture.archive.lookup().inBox(fixture.admin, box.id())));
        }

        PdfPages pages = new PdfPages(pdf(CataloguePrintout.of(boxes, TODAY, stamp, CHINESE)));

        assertThat(pages.count()).isEqualTo(2);
        assertThat(pages.text()).contains("档案盒 3-002", "本盒暂无档案");
    }

    /** Labels: eight to an A4 sheet, the category in 26 pt bold above the box number and its rooms. */
    @Test
    void labelsComeEightToASheet() throws Exception {
        List<Box> boxes = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            boxes.add(fixture.archive.shelves().saveBox(fixture.admin, new BoxDraft(String.format("3-%03d", i),
                    fixture.box.cabinetId(), "业主档案", "3-1-101", "3-2-1502")));
        }

        PdfPages pages = new PdfPages(pdf(BoxLabels.of(boxes, stamp, CHINESE)));

        assertThat(pages.count()).isEqualTo(2);
        assertThat(pages.sizes().get(0)).containsExactly(595f, 842f);
        String text = pages.text();
        assertThat(text).contains("档案盒 3-001", "档案盒 3-010", "房号 3-1-101～3-2-1502", "档案柜 A01");
        float[] first = pages.positionOf("档案盒 3-001");
        float[] second = pages.positionOf("档案盒 3-002");
        assertThat(second[0]).as("the second label stands beside the first").isGreaterThan(first[0] + 200);
        assertThat(second[1]).isEqualTo(first[1]);
    }

    /** The slip of a 机密 loan says 仅限室内查阅; once back, the pages counted and whether they agree. */
    @Test
    void theLendingSlipShowsTheLoanAndItsReturn() throws Exception {
        ArchiveDocument contract = fixture.fileAt(fixture.unit1502, "购房合同", Confidentiality.SECRET);
        Loan loan = fixture.archive.lending().lend(fixture.admin, contract.id(), new LoanRequest("张三", "办理贷款核对", TODAY));

        String out = new PdfPages(pdf(LoanSlip.of(loan, contract, stamp, CHINESE, db.clock.getZone()))).text();
        Loan back = fixture.archive.lending().giveBack(fixture.admin, contract.id(), 3, "");
        String returned = new PdfPages(pdf(LoanSlip.of(back, contract, stamp, CHINESE, db.clock.getZone()))).text();

        assertThat(out).contains("档案借阅单", contract.fileNo(), "购房合同", "机密", "张三", "办理贷款核对", "2026-11-23",
                "仅限室内查阅", "王管理（admin）");
        assertThat(returned).contains("页数不符", "3");
    }

    /** 销毁清单: each destroyed document with its method, approver and witness. */
    @Test
    void theDestructionRegisterNamesApproverAndWitness() throws Exception {
        ArchiveDocument keys = fixture.file(fixture.admin, fixture.unit1502, "钥匙领用登记表", 1, LocalDate.of(2015, 7, 1));
        var supervisor = db.userWithRole("zhao", Role.SUPERVISOR);
        fixture.archive.destructions().destroy(supervisor, keys.id(), new DestructionRequest("钱监销", "碎纸机粉碎",
                "保存期满", TODAY));

        String text = new PdfPages(pdf(RegisterPrintouts.destructions(fixture.archive.destructions().register(supervisor),
                stamp, CHINESE))).text();

        assertThat(text).contains("档案销毁清单", keys.fileNo(), "钥匙领用登记表", "碎纸机粉碎", "钱监销", "zhao", "3 年");
    }

    /** The pictures in docs/printouts are made from these (look at them: the labels must fit their frames). */
    @Test
    void pagesRenderAsImages() throws Exception {
        Box box = fixture.box;
        RenderedPrintout rendered = db.services.print().reports().render("labels",
                BoxLabels.of(List.of(box, fixture.emptyBox), stamp, CHINESE), 1f);
        Path png = Files.write(folder.resolve("labels.png"), rendered.pages().get(0));

        assertThat(Files.size(png)).isGreaterThan(1000);
    }
}
