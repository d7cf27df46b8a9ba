package org.sitedesk.keys;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
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
import org.sitedesk.core.users.Role;
import org.sitedesk.estate.IdType;
import org.sitedesk.fees.PaymentMethod;
import org.sitedesk.print.Paper;
import org.sitedesk.print.PrintStamp;
import org.sitedesk.print.Printout;
import org.sitedesk.print.PrintoutTypes;
import org.sitedesk.print.RenderedPrintout;
import org.sitedesk.support.EstateFixture;
import org.sitedesk.support.KeysFixture;
import org.sitedesk.support.TestDatabase;

/**
 * Issue 16 item 7 as printed: the pass card on CR80 with its QR code of the number and a photo box,
 * the key lending slip (phone and ID masked), and the pass register; Chinese embedded in each.
 */
class KeyPrintoutsTest {
    private static final Messages CHINESE = new Messages(Language.CHINESE);

    @TempDir
    Path folder;
    private TestDatabase db;
    private Actor admin;
    private PrintStamp stamp;
    private long unit;

    @BeforeEach
    void open() {
        db = new TestDatabase(folder);
        admin = db.administrator();
        db.services.core().siteSettings().save(admin, new SiteSettings("翠湖花园物业服务中心", "0571-87654321"));
        stamp = PrintStamp.of(db.services.core().siteSettings().load(), admin, LocalDateTime.now(db.clock), CHINESE);
        unit = new EstateFixture(db).unit("3-2-1502", "15", "89.75");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    assertThat(page.getResources().getFont(name).isEmbedded()).isTrue();
                }
            }
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void thePassCardIsACr80CardWithHolderUnitTypeValidityAPhotoBoxAndAQrCodeOfTheNumber() throws Exception {
        Pass pass = db.services.keys().passes().issue(admin, new PassDraft(unit, "ACCESS_CARD", "张三", Optional.empty(),
                "0012345678", Optional.empty(), Optional.empty(), PaymentMethod.CASH));
        Printout card = PassCardPrintout.of(pass, stamp, CHINESE);
        byte[] pdf = db.services.print().reports().pdf(card);

        assertThat(text(pdf)).contains("翠湖花园物业服务中心", "门禁卡", "持证人", "张三", "房号", "3-2-1502", "编号", "0012345678",
                "2026-11-23 至 2031-11-22", "照片", "0571-87654321");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(85.6f * 72 / 25.4f, org.assertj.core.data.Offset.offset(1f));
            assertThat(document.getPage(0).getMediaBox().getHeight()).isCloseTo(54f * 72 / 25.4f, org.assertj.core.data.Offset.offset(1f));
        }
        assertThat(PrintoutTypes.PASS_CARD.paper()).isEqualTo(Paper.CARD_CR80);

        RenderedPrintout rendered = db.services.print().reports().render("card", card, 4f);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(rendered.pages().get(0)));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        String read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
        assertThat(read).as("what a gate's scanner reads").isEqualTo("0012345678");
    }

    @Test
    void theLendingSlipNamesTheKeyTheBorrowerMaskedThePurposeAndTheDueTime() throws Exception {
        CabinetKey key = new KeysFixture(db).unitKey(unit, "3-2-1502", 7, 2);
        Actor clerk = db.userWithRole("xiao", Role.CLERK);
        KeyLoan loan = db.services.keys().lending().lend(clerk, key.id(), new LoanDraft(new Borrower(BorrowerKind.CONTRACTOR,
                "赵工", "13700137000", IdType.RESIDENT_ID, EstateFixture.ZHANG_SAN_ID), "安装空调",
                db.clock.instant().plusSeconds(3 * 3600)));
        CabinetKey out = db.services.keys().lookup().key(clerk, key.number()).orElseThrow();

        String slip = text(db.services.print().reports().pdf(KeyLendingSlip.of(out, loan, stamp, CHINESE, db.clock.getZone())));

        assertThat(slip).contains("钥匙借用单", "K0001", "A-07", "3-2-1502", "赵工", "施工人员", "137****7000", "身份证 110105********002X",
                "安装空调", "2026-11-23 09:00", "2026-11-23 12:00", "借用人签名", "经办人签名", "归还时间")
                .doesNotContain("13700137000", EstateFixture.ZHANG_SAN_ID);
    }

    @Test
    void thePassRegisterListsEachPassWithItsStatusAndDeposit() throws Exception {
        db.services.keys().passes().issue(admin, new PassDraft(unit, "ACCESS_CARD", "张三", Optional.empty(), "0012345678",
                Optional.empty(), Optional.empty(), PaymentMethod.CASH));
        db.services.keys().passes().reportLost(admin, "0012345678", "");
        db.services.keys().passes().reissue(admin, "0012345678", "0099999999", PaymentMethod.CASH);
        List<Pass> passes = db.services.keys().register().all(admin);

        String register = text(db.services.print().reports().pdf(PassRegisterPrintout.of(passes,
                db.services.keys().register().depositsHeld(passes), LocalDate.now(db.clock), "", stamp)));

        assertThat(register).contains("出入证登记簿", "0012345678", "挂失作废", "已补办为 0099999999", "0099999999", "有效",
                "补办自 0012345678", "50.00", "共 2 条");
    }
}
