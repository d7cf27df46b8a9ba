package org.sitedesk.fees;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
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
import org.sitedesk.core.settings.SiteSettings;
import org.sitedesk.core.users.Actor;
import org.sitedesk.print.PrintStamp;
import org.sitedesk.support.EstateFixture;
import org.sitedesk.support.FeeFixture;
import org.sitedesk.support.TestDatabase;

/** 催缴 (DOMAIN.md fees 7): polite notices per month and item, reminders logged, follow-ups every two weeks. */
class DunningTest {
    private static final Messages CHINESE = new Messages(Language.CHINESE);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path folder;
    private TestDatabase db;
    private Actor admin;
    private long behindThree;
    private long behindOne;

    @BeforeEach
    void open() {
        db = new TestDatabase(folder);
        admin = db.administrator();
        db.services.core().siteSettings().save(admin, new SiteSettings("翠湖花园物业服务中心", "0571-87654321"));
        new FeeFixture(db).propertyFee();
        EstateFixture estate = new EstateFixture(db);
        behindThree = estate.unit("3-2-1502", "15", "89.75");
        estate.owner(admin, behindThree, "张三", EstateFixture.ZHANG_SAN_ID, "13800138000", LocalDate.of(2015, 7, 1));
        behindOne = estate.unit("3-2-1501", "15", "100.00");
        for (YearMonth month : List.of(YearMonth.of(2026, 9), YearMonth.of(2026, 10), YearMonth.of(2026, 11))) {
            db.services.fees().billing().bill(admin, month, Progress.NONE);
        }
        db.services.fees().payments().pay(admin, PaymentRequest.today(behindOne, Money.of("120.00"), PaymentMethod.CASH, TODAY));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theNoticeIsPoliteListsEachMonthAndSaysWhereToPay() throws Exception {
        List<ArrearsRow> owing = db.services.fees().arrears().arrears(admin, TODAY, Optional.empty(), Optional.empty());
        PrintStamp stamp = PrintStamp.of(db.services.core().siteSettings().load(), admin, LocalDateTime.of(2026, 11, 23, 10, 0), CHINESE);

        byte[] pdf = db.services.print().reports().pdf(DunningNotice.of(owing, TODAY, stamp, CHINESE));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).as("one page per unit").isEqualTo(2);
            String text = new PDFTextStripper().getText(document).replace("\n", "").replace("\r", "");
            assertThat(text).contains("催缴通知单", "尊敬的 张三（3-2-1502）", "截至 2026-11-23", "2026-09", "2026-10", "2026-11",
                    "物业服务费", "53.85", "161.55", "壹佰陆拾壹元伍角伍分", "0571-87654321", "如您已经缴纳，请忽略本通知",
                    "翠湖花园物业服务中心");
            assertThat(text).doesNotContain("停水", "停电", "停气", "断水", "断电");
        }
    }

    @Test
    void unitsMoreThanAMonthBehindComeUpForFollowUpEveryTwoWeeks() {
        assertThat(db.services.fees().dunning().followUps(admin, TODAY)).extracting(FollowUp::room).containsExactly("3-2-1502");

        db.services.fees().dunning().record(admin, behindThree, TODAY, ReminderWay.PHONE, "业主答应月底来缴");
        assertThat(db.services.fees().dunning().followUps(admin, TODAY)).isEmpty();
        assertThat(db.services.fees().dunning().reminders(behindThree)).singleElement().satisfies(reminder -> {
            assertThat(reminder.way()).isEqualTo(ReminderWay.PHONE);
            assertThat(reminder.result()).isEqualTo("业主答应月底来缴");
        });

        db.clock.advance(Duration.ofDays(14));
        assertThat(db.services.fees().dunning().followUps(admin, TODAY.plusDays(14))).singleElement()
                .satisfies(followUp -> assertThat(followUp.lastReminder()).contains(TODAY));
    }
}
