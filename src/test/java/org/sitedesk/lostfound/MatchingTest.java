package org.sitedesk.lostfound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitedesk.support.LostFoundFixture.at;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.users.Actor;
import org.sitedesk.estate.IdType;
import org.sitedesk.support.EstateFixture;
import org.sitedesk.support.LostFoundFixture;
import org.sitedesk.support.TestDatabase;

/**
 * Lost reports matched with found items both ways (issue 17 item 3): the same category, days that
 * overlap (the days lost and the week up to the day found) and words in common.
 */
class MatchingTest {
    @TempDir
    Path folder;
    private TestDatabase db;
    private LostFoundFixture fixture;
    private LostFoundServices lostFound;
    private Actor admin;

    @BeforeEach
    void open() {
        db = new TestDatabase(folder);
        fixture = new LostFoundFixture(db);
        lostFound = db.services.lostFound();
        admin = db.administrator();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aFoundWalletAndAReportOfALostWalletAreShownToEachOther() {
        LostReport report = fixture.walletReport(LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 22));
        FoundItem wallet = fixture.log(LostFoundFixture.wallet(at("2026-11-22T18:30")));
        fixture.log(LostFoundFixture.umbrella(at("2026-11-23T07:45")));

        assertThat(report.number()).isEqualTo("GS-2026-000001");
        assertThat(lostFound.matching().forItem(admin, wallet.number())).singleElement().satisfies(match -> {
            assertThat(match.report().number()).isEqualTo(report.number());
            assertThat(match.commonWords()).contains("黑色", "钱包", "身份", "份证");
        });
        assertThat(lostFound.matching().forReport(admin, report.number())).singleElement()
                .satisfies(match -> assertThat(match.item().number()).isEqualTo(wallet.number()));
    }

    @Test
    void anotherCategoryOtherDaysOrNoWordInCommonIsNoMatch() {
        FoundItem wallet = fixture.log(LostFoundFixture.wallet(at("2026-11-22T18:30")));
        LostReport umbrella = lostFound.reports().log(admin, new LostReportDraft("李四", "", "", "黑色钱包样式的雨伞套",
                "OTHER", "", LocalDate.of(2026, 11, 22), LocalDate.of(2026, 11, 22)));
        LostReport longBefore = fixture.walletReport(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 3));
        LostReport afterFound = fixture.walletReport(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 23));
        LostReport otherWords = lostFound.reports().log(admin, new LostReportDraft("王五", "", "", "红色卡包", "WALLET", "",
                LocalDate.of(2026, 11, 22), LocalDate.of(2026, 11, 22)));

        assertThat(lostFound.matching().forItem(admin, wallet.number())).isEmpty();
        for (LostReport report : new LostReport[] {umbrella, longBefore, afterFound, otherWords}) {
            assertThat(lostFound.matching().forReport(admin, report.number())).as(report.number()).isEmpty();
        }
    }

    /** A thing lies a while before someone brings it in: lost a week before it was found still matches, eight days not. */
    @Test
    void daysOverlapWithTheWeekUpToTheDayFound() {
        FoundItem wallet = fixture.log(LostFoundFixture.wallet(at("2026-11-22T18:30")));
        LostReport weekBefore = fixture.walletReport(LocalDate.of(2026, 11, 14), LocalDate.of(2026, 11, 15));
        LostReport eightDays = fixture.walletReport(LocalDate.of(2026, 11, 13), LocalDate.of(2026, 11, 14));

        assertThat(lostFound.matching().forItem(admin, wallet.number())).extracting(match -> match.report().number())
                .containsExactly(weekBefore.number());
        assertThat(lostFound.matching().forReport(admin, eightDays.number())).isEmpty();
    }

    /** A claimed item is offered to no other report; a report returned on a claim leaves the open ones. */
    @Test
    void claimedItemsAndClosedReportsAreNoLongerOffered() {
        new EstateFixture(db).unit("3-2-1502", "15", "89.75");
        LostReport report = lostFound.reports().log(admin, new LostReportDraft("张三", "13800138000", "3-2-1502",
                "黑色钱包，有身份证", "钱包/卡", "", LocalDate.of(2026, 11, 22), LocalDate.of(2026, 11, 22)));
        LostReport second = fixture.walletReport(LocalDate.of(2026, 11, 22), LocalDate.of(2026, 11, 22));
        FoundItem wallet = fixture.log(LostFoundFixture.wallet(at("2026-11-22T18:30")));
        assertThat(report.room()).isEqualTo("3-2-1502");

        lostFound.claims().claim(admin, wallet.number(), new ClaimDraft("张三", IdType.RESIDENT_ID,
                EstateFixture.ZHANG_SAN_ID, "", "说出了夹层里的全家福照片", "", "", java.util.Optional.of(report.id())));

        assertThat(lostFound.reports().list(admin, false)).extracting(LostReport::number).containsExactly(second.number());
        LostReport returned = lostFound.reports().find(admin, report.number()).orElseThrow();
        assertThat(returned.state()).isEqualTo(ReportState.RETURNED);
        assertThat(returned.returnedItem()).contains(wallet.number());
        assertThat(lostFound.reports().returnedWith(admin, wallet.number()).map(LostReport::number)).contains(report.number());
        assertThat(lostFound.matching().forReport(admin, second.number())).isEmpty();
        assertThat(lostFound.reports().withdraw(admin, second.id(), "自己在车里找到了").state()).isEqualTo(ReportState.WITHDRAWN);
        assertThat(lostFound.reports().list(admin, true)).hasSize(2);
    }
}
