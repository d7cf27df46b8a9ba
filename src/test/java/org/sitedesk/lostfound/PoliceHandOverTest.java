package org.sitedesk.lostfound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitedesk.support.LostFoundFixture.at;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Role;
import org.sitedesk.support.LostFoundFixture;
import org.sitedesk.support.TestDatabase;

/**
 * 移交派出所 (issue 17 item 5; DOMAIN.md "Lost and found" 2): cash, valuables and identity documents go
 * to the police station, logged with the station, the officer and the day; the dashboard lists those
 * still here after the site's days (default 3).
 */
class PoliceHandOverTest {
    private static final Messages CHINESE = new Messages(Language.CHINESE);

    @TempDir
    Path folder;
    private TestDatabase db;
    private LostFoundFixture fixture;
    private LostFoundServices lostFound;
    private Actor clerk;

    @BeforeEach
    void open() {
        db = new TestDatabase(folder);
        fixture = new LostFoundFixture(db);
        lostFound = db.services.lostFound();
        clerk = db.userWithRole("zhou", Role.CLERK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private FoundItem idCard() {
        return fixture.log(new FoundItemDraft("居民身份证一张", "姓名李四", "证件", "地下车库", at("2026-11-23T08:10"), "陈小红", "",
                FinderKind.RESIDENT, "前台保险柜", ValueClass.ORDINARY, Optional.empty(), "", Optional.empty()));
    }

    @Test
    void cashValuablesAndIdDocumentsAreListedWhenStillHereAfterTheSitesDays() {
        FoundItem wallet = fixture.log(LostFoundFixture.wallet(at("2026-11-22T18:30")));
        FoundItem card = idCard();
        fixture.log(LostFoundFixture.umbrella(at("2026-11-22T07:45")));

        assertThat(lostFound.lookup().due(clerk).policeOverdue()).isEmpty();
        fixture.clockTo(at("2026-11-25T23:00"));
        assertThat(lostFound.lookup().due(clerk).policeOverdue()).as("found on the 22nd: three days run to the 25th").isEmpty();
        fixture.clockTo(at("2026-11-26T08:00"));
        assertThat(lostFound.lookup().due(clerk).policeOverdue()).extracting(FoundItem::number).containsExactly(wallet.number());
        fixture.clockTo(at("2026-11-27T08:00"));
        assertThat(lostFound.lookup().due(clerk).policeOverdue()).extracting(FoundItem::number)
                .containsExactly(wallet.number(), card.number());

        lostFound.settings().save(db.administrator(), new LostFoundSettings(5, 3));
        assertThat(lostFound.lookup().due(clerk).policeOverdue()).as("a site that allows five days").isEmpty();
    }

    @Test
    void itemsHandedOverTogetherShareOneListAndLeaveTheDashboard() {
        FoundItem wallet = fixture.log(LostFoundFixture.wallet(at("2026-11-22T18:30")));
        FoundItem card = idCard();
        fixture.clockTo(at("2026-11-28T10:00"));
        assertThat(lostFound.lookup().due(clerk).policeOverdue()).hasSize(2);

        List<FoundItem> handed = lostFound.handOvers().handOver(clerk, List.of(wallet.number(), card.number()),
                new HandOverDraft("朝阳区东湖派出所", "刘建华", "011234", LocalDate.of(2026, 11, 28)));

        assertThat(handed).extracting(FoundItem::state).containsOnly(ItemState.POLICE);
        PoliceHandOver handOver = handed.get(0).handOver().orElseThrow();
        assertThat(handOver.station()).isEqualTo("朝阳区东湖派出所");
        assertThat(handOver.officerName()).isEqualTo("刘建华");
        assertThat(handOver.officerNumber()).isEqualTo("011234");
        assertThat(handOver.handedOn()).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(handOver.handedBy()).isEqualTo("zhou");
        assertThat(lostFound.handOvers().sameHandOver(clerk, card.number())).extracting(FoundItem::number)
                .containsExactly(wallet.number(), card.number());
        assertThat(lostFound.lookup().due(clerk).policeOverdue()).isEmpty();
        assertThat(handed.get(0).cash()).contains(Money.of("520.50"));
    }

    @Test
    void aHandOverNeedsTheStationAndTheOfficerAndIsAllOrNothing() {
        FoundItem wallet = fixture.log(LostFoundFixture.wallet(at("2026-11-22T18:30")));
        FoundItem card = idCard();
        lostFound.claims().claim(clerk, card.number(), new ClaimDraft("李四", org.sitedesk.estate.IdType.OTHER, "驾驶证 1234",
                "", "", "", "", Optional.empty()));

        try {
            lostFound.handOvers().handOver(clerk, List.of(wallet.number(), card.number()),
                    new HandOverDraft("东湖派出所", "刘建华", "", LocalDate.of(2026, 11, 23)));
            throw new AssertionError("expected a refusal");
        } catch (UserFacingException refused) {
            assertThat(CHINESE.describe(refused)).startsWith("SW-2026-000002 已于 2026-11-23 由 李四 认领");
        }
        assertThat(lostFound.lookup().find(clerk, wallet.number()).orElseThrow().state()).isEqualTo(ItemState.HELD);
        try {
            lostFound.handOvers().handOver(clerk, List.of(wallet.number()), new HandOverDraft("", "刘建华", "",
                    LocalDate.of(2026, 11, 23)));
            throw new AssertionError("expected a refusal");
        } catch (UserFacingException refused) {
            assertThat(CHINESE.describe(refused)).isEqualTo("请填写派出所，最多 60 个字。");
        }
    }
}
