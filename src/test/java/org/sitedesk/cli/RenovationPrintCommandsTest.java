package org.sitedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.renovation.Renovation;
import org.sitedesk.support.EstateFixture;
import org.sitedesk.support.RenovationFixture;
import org.sitedesk.support.TestDatabase;

/**
 * {@code sitedesk print permit | rectification | acceptance | deposit} (issue 18 item 9) as the paper
 * reads: the permit with its hours, workers and QR code, the agreement with the art. 19 sentence, the
 * newest rectification notice, the acceptance form, the deposit ledger to the cent.
 */
class RenovationPrintCommandsTest {
    @TempDir
    Path folder;
    private StringWriter out;
    private StringWriter err;
    private String db;
    private Path password;
    private String issued;

    private int as(String... args) {
        List<String> line = new ArrayList<>(List.of(args));
        line.addAll(List.of("--user", "admin", "--password-file", password.toString()));
        out = new StringWriter();
        err = new StringWriter();
        CliContext context = TestCli.context(Language.CHINESE, out, err, folder);
        return new CommandLineApp(context, (database, demo, smoke, lang) -> 0).run(line.toArray(String[]::new));
    }

    /** 3-2-1502 with a permit issued and paid (ZX-2026-0001). */
    @BeforeEach
    void estate() throws Exception {
        try (TestDatabase test = new TestDatabase(folder.resolve("site"))) {
            db = test.argument();
            password = Files.writeString(folder.resolve("admin.pw"), TestDatabase.PASSWORD);
            test.administrator();
            long unit = new EstateFixture(test).unit("3-2-1502", "15", "89.75");
            Renovation permit = new RenovationFixture(test).issued(unit);
            issued = permit.number();
        }
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The text with the line breaks of wrapped paragraphs taken out. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", "");
    }

    @Test
    void thePermitShowsUnitContractorHoursMaskedWorkersAQrCodeOfTheNumberAndTheAgreement() throws Exception {
        assertThat(as("renovation", "worker", issued, "--name", "张三", "--id-number", EstateFixture.ZHANG_SAN_ID, "--trade", "木工",
                "--phone", "13900001111", "--db", db)).isZero();
        Path pdf = folder.resolve("permit.pdf");

        assertThat(as("print", "permit", issued, "--out", pdf.toString(), "--db", db)).isZero();

        String text = text(pdf);
        assertThat(text).contains("施工许可证", issued, "3-2-1502", "华美装饰工程有限公司", "2026-11-24 至 2026-12-07",
                "工作日 08:00–12:00、14:00–18:00；休息日不得进行产生噪声的施工", "张三", "木工", "110105********002X", "139****1111",
                "装修管理服务协议", "装修人签字", "施工单位（盖章）", "物业服务中心（盖章）")
                .doesNotContain(EstateFixture.ZHANG_SAN_ID, "13900001111");
        assertThat(flat(text)).contains("物业服务中心不指定装修施工单位，不推销装修材料（第十九条）", "装修押金2000.00元",
                "变动建筑主体和承重结构");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).as("the permit, then the agreement on a page of its own").isEqualTo(2);
            assertThat(new PDFTextStripper() {
                {
                    setStartPage(2);
                    setEndPage(2);
                }
            }.getText(document)).contains("装修管理服务协议").doesNotContain("扫码核验");
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
            double scale = 150 / 72.0;
            BufferedImage corner = page.getSubimage((int) (430 * scale), (int) (100 * scale), (int) (150 * scale),
                    (int) (140 * scale));
            int[] pixels = corner.getRGB(0, 0, corner.getWidth(), corner.getHeight(), null, 0, corner.getWidth());
            String read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(corner.getWidth(), corner.getHeight(), pixels)))).getText();
            assertThat(read).as("what a patrol's phone reads").isEqualTo(issued);
        }
    }

    @Test
    void theNewestRectificationNoticeTheAcceptanceFormAndTheDepositLedgerToTheCent() throws Exception {
        assertThat(as("renovation", "inspect", issued, "--finding", "楼道堆放垃圾", "--violation", "--deadline", "2026-11-26",
                "--db", db)).isZero();
        Path notice = folder.resolve("notice.pdf");
        assertThat(as("print", "rectification", issued, "--out", notice.toString(), "--db", db)).isZero();
        assertThat(text(notice)).contains("整改通知书", "编号：ZX-2026-0001-ZG01", issued, "3-2-1502", "华美装饰工程有限公司",
                "楼道堆放垃圾", "2026-11-26", "装修人签收", "施工单位签收");

        assertThat(as("print", "acceptance", issued, "--out", folder.resolve("none.pdf").toString(), "--db", db))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("sitedesk: 装修申请 ZX-2026-0001 还没有竣工验收记录。");

        assertThat(as("renovation", "inspect", issued, "--finding", "已清运", "--rectified", "--db", db)).isZero();
        assertThat(as("renovation", "accept", issued, "--db", db)).isZero();
        Path acceptance = folder.resolve("acceptance.pdf");
        assertThat(as("print", "acceptance", issued, "--out", acceptance.toString(), "--db", db)).isZero();
        assertThat(text(acceptance)).contains("竣工验收表", issued, "3-2-1502", "主体结构未改动", "防水闭水试验合格", "合格",
                "验收合格。", "验收人签字").doesNotContain("不合格");

        assertThat(as("renovation", "refund", issued, "--deduct", "损坏楼道墙面=300.00", "--deduct", "垃圾未清运=45.50",
                "--db", db)).isZero();
        Path ledger = folder.resolve("deposit.pdf");
        assertThat(as("print", "deposit", issued, "--out", ledger.toString(), "--db", db)).isZero();
        String paper = text(ledger);
        assertThat(paper).contains("装修押金台账", issued, "收取装修押金", "2000.00", "押金扣款：损坏楼道墙面", "300.00",
                "1700.00", "押金扣款：垃圾未清运", "45.50", "1654.50", "退还押金余额", "押金已结清，余额 0.00 元。");
        assertThat(paper.lines().filter(line -> line.startsWith("合计")))
                .containsExactly("合计 2000.00 2000.00 0.00");
        assertThat(paper.lines().filter(line -> line.startsWith("收取装修押金")).findFirst().orElseThrow())
                .as("the deposit's receipt").matches("收取装修押金 \\d{4}-\\d{6} 2000.00 2000.00");
        assertThat(flat(paper)).contains("退还押金2000.00元，其中345.50元抵扣上列扣款", "实际退还1654.50元");
    }

    @Test
    void aNumberThatIsNotThereExitsTwoWithOneLine() {
        assertThat(as("print", "permit", "ZX-2026-0999", "--out", folder.resolve("x.pdf").toString(), "--db", db))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("sitedesk: 没有这个装修申请：ZX-2026-0999。");
        assertThat(folder.resolve("x.pdf")).doesNotExist();
        assertThat(as("print", "rectification", issued, "--out", folder.resolve("y.pdf").toString(), "--db", db))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("sitedesk: 装修申请 ZX-2026-0001 没有整改通知书。");
    }
}
