package org.sitedesk.lostfound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitedesk.core.db.schema.Tables.FOUND_ITEM;
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
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.PermissionDeniedException;
import org.sitedesk.core.users.Role;
import org.sitedesk.support.LostFoundFixture;
import org.sitedesk.support.TestDatabase;

/**
 * The notice and the clock (issue 17 items 2, 6; DOMAIN.md "Lost and found" 1, 3): the day a notice
 * is posted starts the year of 民法典 318, counted as 201–203 count periods, and an item nobody
 * claimed is disposed of after it with a supervisor's approval; nothing is deleted.
 */
class NoticeAndDisposalTest {
    private static final Messages CHINESE = new Messages(Language.CHINESE);

    @TempDir
    Path folder;
    private TestDatabase db;
    private LostFoundFixture fixture;
    private LostFoundServices lostFound;
    private Actor admin;
    private Actor clerk;
    private Actor supervisor;

    @BeforeEach
    void open() {
        db = new TestDatabase(folder);
        fixture = new LostFoundFixture(db);
        lostFound = db.services.lostFound();
        admin = db.administrator();
        clerk = db.userWithRole("zhou", Role.CLERK);
        supervisor = db.userWithRole("zhao", Role.SUPERVISOR);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static String refusal(Runnable action) {
        try {
            action.run();
        } catch (UserFacingException refused) {
            return CHINESE.describe(refused);
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void aNoticeStartsTheYearAndIsPostedOnceForSeveralItems() {
        FoundItem wallet = fixture.log(LostFoundFixture.wallet(at("2026-11-22T18:30")));
        FoundItem umbrella = fixture.log(LostFoundFixture.umbrella(at("2026-11-23T07:45")));

        List<FoundItem> posted = lostFound.notices().post(clerk, List.of(wallet.number(), umbrella.number()),
                LocalDate.of(2026, 11, 23));

        assertThat(posted).extracting(FoundItem::noticePosted).containsOnly(Optional.of(LocalDate.of(2026, 11, 23)));
        assertThat(posted).extracting(FoundItem::dueOn).containsOnly(Optional.of(LocalDate.of(2027, 11, 24)));
        assertThat(refusal(() -> lostFound.notices().post(clerk, List.of(wallet.number()), LocalDate.of(2026, 11, 23))))
                .isEqualTo("SW-2026-000001 的招领启事已于 2026-11-23 张贴，一年期限从那天算起。");
    }

    @Test
    void aNoticeCannotBeDatedBeforeTheItemWasFoundOrAfterToday() {
        FoundItem umbrella = fixture.log(LostFoundFixture.umbrella(at("2026-11-23T07:45")));

        assertThat(refusal(() -> lostFound.notices().post(clerk, List.of(umbrella.number()), LocalDate.of(2026, 11, 22))))
                .isEqualTo("SW-2026-000001 是 2026-11-23 拾得的，启事不能早于这一天。");
        assertThat(refusal(() -> lostFound.notices().post(clerk, List.of(umbrella.number()), LocalDate.of(2026, 11, 24))))
                .isEqualTo("张贴日期不能晚于今天。");
        assertThat(lostFound.lookup().find(clerk, umbrella.number()).orElseThrow().noticePosted()).isEmpty();
    }

    /**
     * The edges with the database: notice 2025-11-28, disposal refused on 2026-11-27 (the day
     * before the anniversary) and on 2026-11-28 (the anniversary, until 24:00), approved on 2026-11-29.
     */
    @Test
    void anItemIsDisposedOfOnlyFromTheDayAfterTheAnniversaryOfItsNotice() {
        FoundItem umbrella = fixture.log(LostFoundFixture.umbrella(at("2025-11-27T16:00")));
        lostFound.notices().post(clerk, List.of(umbrella.number()), LocalDate.of(2025, 11, 28));
        int rows = db.database.dsl().fetchCount(FOUND_ITEM);

        fixture.clockTo(at("2026-11-27T09:00"));
        assertThat(refusal(() -> lostFound.disposals().dispose(supervisor, umbrella.number(), DisposalWay.DONATED, "")))
                .isEqualTo("SW-2026-000001 的保管期未满，2026-11-29 起才能处置。");
        fixture.clockTo(at("2026-11-28T23:59"));
        assertThat(lostFound.lookup().due(clerk).disposalDue()).isEmpty();
        assertThat(refusal(() -> lostFound.disposals().dispose(supervisor, umbrella.number(), DisposalWay.DONATED, "")))
                .contains("2026-11-29 起才能处置");

        fixture.clockTo(at("2026-11-29T00:00"));
        assertThat(lostFound.lookup().due(clerk).disposalDue()).extracting(FoundItem::number).containsExactly(umbrella.number());
        assertThat(lostFound.lookup().dueBy(clerk, LocalDate.of(2026, 11, 29))).hasSize(1);
        assertThat(lostFound.lookup().dueBy(clerk, LocalDate.of(2026, 11, 28))).isEmpty();
        FoundItem disposed = lostFound.disposals().dispose(supervisor, umbrella.number(), DisposalWay.DONATED, "捐给社区爱心站");

        assertThat(disposed.state()).isEqualTo(ItemState.DISPOSED);
        assertThat(disposed.disposal().orElseThrow().approvedBy()).isEqualTo("zhao");
        assertThat(disposed.disposal().orElseThrow().disposedOn()).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(disposed.disposal().orElseThrow().note()).isEqualTo("捐给社区爱心站");
        assertThat(db.database.dsl().fetchCount(FOUND_ITEM)).as("nothing is deleted").isEqualTo(rows);
        assertThat(lostFound.lookup().due(clerk).disposalDue()).isEmpty();
        assertThat(refusal(() -> lostFound.disposals().dispose(supervisor, umbrella.number(), DisposalWay.DESTROYED, "")))
                .isEqualTo("SW-2026-000001 已于 2026-11-29 处置。");
    }

    /** A notice posted on a leap day: the year ends on 28 February, the item is due from 1 March. */
    @Test
    void aLeapDayNoticeIsDueFromTheFirstOfMarch() {
        FoundItem umbrella = fixture.log(LostFoundFixture.umbrella(at("2024-02-28T10:00")));

        FoundItem posted = lostFound.notices().post(clerk, List.of(umbrella.number()), LocalDate.of(2024, 2, 29)).get(0);

        assertThat(posted.dueOn()).contains(LocalDate.of(2025, 3, 1));
        assertThat(lostFound.lookup().dueBy(clerk, LocalDate.of(2025, 2, 28))).isEmpty();
        assertThat(lostFound.lookup().dueBy(clerk, LocalDate.of(2025, 3, 1))).hasSize(1);
    }

    /** Disposal needs a supervisor (checked in the service), and an item without a notice has no year running. */
    @Test
    void aClerkCannotDisposeAndNothingIsDueWithoutANotice() {
        FoundItem old = fixture.log(LostFoundFixture.umbrella(at("2024-06-01T10:00")));

        assertThatThrownBy(() -> lostFound.disposals().dispose(clerk, old.number(), DisposalWay.DESTROYED, ""))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(refusal(() -> lostFound.disposals().dispose(supervisor, old.number(), DisposalWay.DESTROYED, "")))
                .isEqualTo("SW-2026-000001 还没有张贴招领启事，一年期限尚未开始，不能处置。");
        assertThat(lostFound.lookup().find(clerk, old.number()).orElseThrow().state()).isEqualTo(ItemState.HELD);
    }

    /** Perishables (DOMAIN.md "Lost and found" 3): due after the site's short period from the day found, no notice needed. */
    @Test
    void aPerishableIsDueAfterTheSitesShortPeriod() {
        lostFound.settings().save(admin, new LostFoundSettings(3, 2));
        FoundItem cake = fixture.log(LostFoundFixture.cake(at("2026-11-23T08:00")));
        assertThat(cake.dueOn()).contains(LocalDate.of(2026, 11, 26));

        fixture.clockTo(at("2026-11-25T20:00"));
        assertThat(refusal(() -> lostFound.disposals().dispose(supervisor, cake.number(), DisposalWay.DESTROYED, "")))
                .contains("2026-11-26 起才能处置");
        fixture.clockTo(at("2026-11-26T08:00"));
        assertThat(lostFound.disposals().dispose(supervisor, cake.number(), DisposalWay.DESTROYED, "已变质").state())
                .isEqualTo(ItemState.DISPOSED);
    }

    /** The register's filters: state, due only, category and the days found (issue 17 item 7). */
    @Test
    void theRegisterFiltersByStateCategoryAndDays() {
        FoundItem old = fixture.log(LostFoundFixture.umbrella(at("2025-10-01T10:00")));
        lostFound.notices().post(clerk, List.of(old.number()), LocalDate.of(2025, 10, 2));
        FoundItem wallet = fixture.log(LostFoundFixture.wallet(at("2026-11-22T18:30")));
        fixture.log(LostFoundFixture.cake(at("2026-11-23T08:00")));

        assertThat(lostFound.lookup().register(clerk, RegisterFilter.all())).hasSize(3);
        assertThat(lostFound.lookup().register(clerk, new RegisterFilter(Optional.empty(), true,
                Optional.empty(), Optional.empty(), Optional.empty())))
                .extracting(FoundItem::number).containsExactly(old.number());
        assertThat(lostFound.lookup().register(clerk, new RegisterFilter(Optional.of(ItemState.HELD), false,
                Optional.of("WALLET"), Optional.empty(), Optional.empty())))
                .extracting(FoundItem::number).containsExactly(wallet.number());
        assertThat(lostFound.lookup().register(clerk, new RegisterFilter(Optional.empty(), false,
                Optional.empty(), Optional.of(LocalDate.of(2026, 11, 22)),
                Optional.of(LocalDate.of(2026, 11, 22)))))
                .extracting(FoundItem::number).containsExactly(wallet.number());
    }

    /** The site's categories are a list it edits (issue 17 item 1); periods and categories are a supervisor's and audited. */
    @Test
    void aSupervisorEditsTheCategoriesAndThePeriods() {
        ItemCategory umbrellas = lostFound.settings().saveCategory(supervisor, new ItemCategory("umbrella", "雨伞", 8, false, true));
        lostFound.settings().saveCategory(supervisor, new ItemCategory("CLOTHING", "衣物鞋帽", 6, false, true));
        lostFound.settings().saveCategory(supervisor, new ItemCategory("KEYS", "钥匙", 2, false, false));

        assertThat(umbrellas.code()).isEqualTo("UMBRELLA");
        assertThat(lostFound.settings().categories()).extracting(ItemCategory::name)
                .containsExactly("证件", "钥匙", "手机/电子产品", "现金", "钱包/卡", "衣物鞋帽", "其他", "雨伞");
        FoundItemDraft keys = new FoundItemDraft("钥匙一串", "", "钥匙", "车库", at("2026-11-23T08:00"), "陈小红", "",
                FinderKind.RESIDENT, "", ValueClass.ORDINARY, Optional.empty(), "", Optional.empty());
        assertThat(refusal(() -> fixture.log(keys))).isEqualTo("类别“钥匙”已停用，请选择其他类别。");
        assertThat(refusal(() -> lostFound.settings().saveCategory(supervisor, new ItemCategory("BAG", "雨伞", 9, false, true))))
                .isEqualTo("已有名为“雨伞”的类别。");
        assertThatThrownBy(() -> lostFound.settings().saveCategory(clerk, new ItemCategory("BAG", "包", 9, false, true)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(lostFound.settings().save(supervisor, new LostFoundSettings(5, 2))).isEqualTo(new LostFoundSettings(5, 2));
        assertThat(refusal(() -> lostFound.settings().save(supervisor, new LostFoundSettings(91, 2))))
                .isEqualTo("移交派出所的天数须在 0 到 90 之间。");
    }
}
