package org.sitedesk.fees;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.Progress;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Role;
import org.sitedesk.print.PrintStamp;
import org.sitedesk.support.EstateFixture;
import org.sitedesk.support.FeeFixture;
import org.sitedesk.support.TestDatabase;

/** 交班 (DOMAIN.md fees 8, data safety): the shift's receipts per method, voids, refunds, and a backup at closing. */
class ShiftServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path folder;
    private TestDatabase db;
    private Actor cashier;
    private Actor supervisor;
    private long unit;

    @BeforeEach
    void open() throws Exception {
        db = new TestDatabase(Files.createDirectories(folder.resolve("db")));
        Actor admin = db.administrator();
        cashier = db.userWithRole("qian", Role.CASHIER);
        supervisor = db.userWithRole("zhou", Role.SUPERVISOR);
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

    private Receipt pay(String amount, PaymentMethod method) {
        return db.services.fees().payments().pay(cashier, PaymentRequest.today(unit, Money.of(amount), method, TODAY));
    }

    @Test
    void closingAShiftReportsItsReceiptsPerMethodAndBacksTheDatabaseUp() throws Exception {
        pay("53.85", PaymentMethod.CASH);
        Receipt wrong = pay("10.00", PaymentMethod.CASH);
        pay("107.70", PaymentMethod.WECHAT);
        db.services.fees().payments().voidReceipt(supervisor, wrong.number(), "金额录错");
        pay("100.00", PaymentMethod.CASH);
        db.services.fees().adjustments().refundPrepayment(supervisor, unit, Money.of("30.00"), PaymentMethod.CASH, "业主多交");

        ShiftReport report = db.services.fees().shifts().close(cashier, folder.resolve("backups"));

        assertThat(report.firstNumber()).contains("2026-000001");
        assertThat(report.lastNumber()).contains("2026-000004");
        assertThat(report.perMethod()).filteredOn(total -> total.count() > 0)
                .extracting(total -> total.method() + " " + total.count() + " " + total.total())
                .containsExactly("CASH 2 153.85", "WECHAT 1 107.70");
        assertThat(report.voided()).extracting(Receipt::number).containsExactly(wrong.number());
        assertThat(report.net()).isEqualTo(Money.of("261.55"));
        assertThat(report.backup()).hasValueSatisfying(backup -> {
            assertThat(backup).isRegularFile();
            if (!org.sitedesk.support.TestDatabases.onH2()) {
                // pg_dump's custom format starts with its magic word
                assertThat(backup.getFileName().toString()).endsWith(".dump");
                try {
                    assertThat(new String(java.nio.file.Files.readAllBytes(backup), 0, 5,
                            java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PGDMP");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return;
            }
            try (ZipFile zip = new ZipFile(backup.toFile())) {
                assertThat(zip.stream().map(java.util.zip.ZipEntry::getName)).anyMatch(name -> name.endsWith(".mv.db"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        Messages chinese = new Messages(Language.CHINESE);
        PrintStamp stamp = PrintStamp.of(db.services.core().siteSettings().load(), cashier, LocalDateTime.of(2026, 11, 23, 18, 0), chinese);
        try (PDDocument document = Loader.loadPDF(db.services.print().reports().pdf(ShiftPrintout.of(report, stamp, chinese, db.clock.getZone())))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("交班日报", "收银员 qian", "收据 2026-000001 至 2026-000004，共 4 张", "现金 2 153.85",
                    "微信 1 107.70", "作废：2026-000002 10.00（金额录错）", "实收合计（扣除作废和退款）：261.55 元", "交班人");
        }
    }

    @Test
    void theNextShiftStartsAfterTheLastClose() {
        pay("53.85", PaymentMethod.CASH);
        db.services.fees().shifts().close(cashier, folder.resolve("backups"));
        db.clock.advance(Duration.ofMinutes(5));
        pay("20.00", PaymentMethod.ALIPAY);

        ShiftReport next = db.services.fees().shifts().current(cashier);

        assertThat(next.receipts()).extracting(Receipt::number).containsExactly("2026-000002");
        assertThat(db.services.fees().shifts().day(supervisor, TODAY).receipts()).hasSize(2);
    }
}
