package org.sitedesk.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.Progress;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.settings.SiteSettings;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.NewUser;
import org.sitedesk.core.users.Role;
import org.sitedesk.print.PrintStamp;
import org.sitedesk.support.EstateFixture;
import org.sitedesk.support.FeeFixture;
import org.sitedesk.support.TestDatabase;

/** 收据 as printed (DOMAIN.md fees 8–9): what it says, on which paper, marked as a copy or void. */
class ReceiptPrintTest {
    private static final Messages CHINESE = new Messages(Language.CHINESE);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path folder;
    private TestDatabase db;
    private Actor admin;
    private long unit;

    @BeforeEach
    void open() {
        db = new TestDatabase(folder);
        admin = db.administrator();
        db.services.core().siteSettings().save(admin, new SiteSettings("翠湖花园物业服务中心", "0571-87654321"));
        new FeeFixture(db).propertyFee();
        unit = new EstateFixture(db).unit("3-2-1502", "15", "89.75");
        for (YearMonth month : List.of(YearMonth.of(2026, 9), YearMonth.of(2026, 10), YearMonth.of(2026, 11))) {
            db.services.fees().billing().bill(admin, month, Progress.NONE);
        }
    }

    @AfterEach
    void close() {
        db.close();
    }

    private String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private byte[] print(Receipt receipt, boolean onForm, boolean reprint) {
        PrintStamp stamp = PrintStamp.of(db.services.core().siteSettings().load(), admin, LocalDateTime.of(2026, 11, 23, 10, 5), CHINESE);
        return db.services.print().reports().pdf(ReceiptPrintout.of(receipt, ReceiptPrintout.type(onForm), stamp, CHINESE, reprint));
    }

    @Test
    void aPartPaymentsReceiptListsTheMonthsAndTheTotalInCapitalsOnTheThreePartForm() throws Exception {
        Actor cashier = db.userWithRole("qian", Role.CASHIER);
        Receipt receipt = db.services.fees().payments().pay(cashier, new PaymentRequest(unit, Money.of("100.05"),
                PaymentMethod.CASH, TODAY, "张三", "", "", List.of()));

        byte[] pdf = print(receipt, true, false);

        String text = text(pdf);
        assertThat(text).contains("翠湖花园物业服务中心", "0571-87654321", "收款收据", "2026-000001", "2026-11-23", "3-2-1502",
                "张三", "现金", "2026-09", "物业服务费", "53.85", "2026-10", "46.20", "壹佰元零伍分", "¥100.05", "qian",
                "交款人签字", "不作税务发票使用", "1 / 1");
        assertThat(text).doesNotContain("重打", "作废");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isCloseTo(241 * 72 / 25.4f, offset(1f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(93 * 72 / 25.4f, offset(1f));
            for (COSName name : page.getResources().getFontNames()) {
                assertThat(page.getResources().getFont(name).isEmbedded()).isTrue();
            }
            assertThat(page.getResources().getXObjectNames()).as("the QR code").isNotEmpty();
        }
    }

    @Test
    void aReprintSaysCopyAndAVoidedReceiptSaysVoidWithItsReasonOnA5() throws Exception {
        Receipt receipt = db.services.fees().payments().pay(admin, PaymentRequest.today(unit, Money.of("261.55"), PaymentMethod.ALIPAY, TODAY));
        assertThat(text(print(receipt, false, true))).contains("重打", "转入预存 100.00 元", "贰佰陆拾壹元伍角伍分", "支付宝");

        Receipt voided = db.services.fees().payments().voidReceipt(admin, receipt.number(), "金额录错");
        byte[] pdf = print(voided, false, true);

        assertThat(text(pdf)).contains("作废", "已作废（admin：金额录错）").doesNotContain("重打");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            float width = page.getRotation() % 180 == 0 ? page.getMediaBox().getWidth() : page.getMediaBox().getHeight();
            assertThat(width).isCloseTo(210 * 72 / 25.4f, offset(1f));
        }
    }

    @Test
    void aTaxInvoiceIssuedLaterIsNotedOnceAndCarriedByReprints() throws Exception {
        // DOMAIN.md fees 8: a receipt is not an invoice, but carries the invoice's number once there is one
        Receipt receipt = db.services.fees().payments().pay(admin, PaymentRequest.today(unit, Money.of("53.85"), PaymentMethod.CASH, TODAY));

        Receipt noted = db.services.fees().payments().recordInvoice(admin, receipt.number(), "04400123456789");

        assertThat(noted.invoiceNumber()).contains("04400123456789");
        assertThat(text(print(noted, true, true))).contains("发票号 04400123456789");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.services.fees().payments().recordInvoice(admin, receipt.number(), "0440099"))
                .isInstanceOfSatisfying(org.sitedesk.core.i18n.UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.fees.invoiceRecorded"));
    }

    @Test
    void aPayerLeftEmptyPrintsTheOwnersByNameAndTheCashierByDisplayName() throws Exception {
        EstateFixture estate = new EstateFixture(db);
        estate.owner(admin, unit, "张三", EstateFixture.ZHANG_SAN_ID, "13800138000", LocalDate.of(2020, 5, 1));
        estate.owner(admin, unit, "李四", EstateFixture.LI_SI_ID, "", null);
        Actor cashier = Actor.of(db.services.core().users().add(admin, new NewUser("qian", "钱晓燕", Role.CASHIER, TestDatabase.PASSWORD)));
        Receipt receipt = db.services.fees().payments().pay(cashier, PaymentRequest.today(unit, Money.of("53.85"), PaymentMethod.CASH, TODAY));

        String text = text(print(receipt, true, false));

        assertThat(text).contains("交款人 张三、李四", "收款人：钱晓燕").doesNotContain("本户业主", "qian");
        assertThat(text(print(receipt, false, true))).contains("张三、李四", "钱晓燕").doesNotContain("本户业主", "qian");
    }

    @Test
    void aUnitWithNoOwnerOnRecordKeepsThePlaceholderAndANamedPayerIsPrintedAsGiven() throws Exception {
        Receipt unnamed = db.services.fees().payments().pay(admin, PaymentRequest.today(unit, Money.of("10.00"), PaymentMethod.CASH, TODAY));
        assertThat(text(print(unnamed, true, false))).contains("交款人 本户业主", "收款人：王管理").doesNotContain("admin");

        new EstateFixture(db).owner(admin, unit, "张三", EstateFixture.ZHANG_SAN_ID, "13800138000", null);
        Receipt named = db.services.fees().payments().pay(admin, new PaymentRequest(unit, Money.of("10.00"), PaymentMethod.CASH,
                TODAY, "王五（租户）", "", "", List.of()));
        assertThat(text(print(named, true, false))).contains("交款人 王五（租户）").doesNotContain("张三");
    }

    @Test
    void theQrCodeHoldsTheNumberAndTheAmount() {
        assertThat(ReceiptPrintout.qrText("2026-000123", Money.of("1234.50"))).isEqualTo("SITEDESK-RECEIPT:2026-000123:1234.50");
    }
}
