package org.sitedesk.lostfound;

import org.sitedesk.core.files.FileKind;
import org.sitedesk.core.files.HashedFileStore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitedesk.core.db.schema.Tables.AUDIT_LOG;
import static org.sitedesk.core.db.schema.Tables.FOUND_ITEM;
import static org.sitedesk.support.LostFoundFixture.at;

import java.nio.file.Files;
import java.nio.file.Path;
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
import org.sitedesk.core.users.PermissionDeniedException;
import org.sitedesk.core.users.Role;
import org.sitedesk.support.LostFoundFixture;
import org.sitedesk.support.TestDatabase;

/**
 * 拾得物登记 (issue 17 item 1; DOMAIN.md "Lost and found" 1, 2): numbered, the public and the private part
 * kept apart, cash as money to the cent counted before a witness, the photo stored by its content.
 */
class FoundItemIntakeTest {
    private static final Messages CHINESE = new Messages(Language.CHINESE);

    @TempDir
    Path folder;
    private TestDatabase db;
    private LostFoundFixture fixture;
    private Actor clerk;

    @BeforeEach
    void open() {
        db = new TestDatabase(folder.resolve("db"));
        fixture = new LostFoundFixture(db);
        clerk = db.userWithRole("zhou", Role.CLERK);
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

    private FoundItemDraft withCash(String amount, String witness) {
        FoundItemDraft wallet = LostFoundFixture.wallet(at("2026-11-22T18:30"));
        return new FoundItemDraft(wallet.description(), wallet.privateDetail(), wallet.categoryCode(), wallet.foundPlace(),
                wallet.foundAt(), wallet.finderName(), wallet.finderPhone(), wallet.finderKind(), wallet.storagePlace(),
                wallet.valueClass(), Optional.of(Money.of(amount)), witness, wallet.photo());
    }

    private int items() {
        return db.database.dsl().fetchCount(FOUND_ITEM);
    }

    @Test
    void aFoundWalletIsNumberedAndKeepsItsPublicAndPrivatePartsItsCashToTheCentAndItsWitness() {
        FoundItem wallet = db.services.lostFound().intake().log(clerk, LostFoundFixture.wallet(at("2026-11-22T18:30")));
        FoundItem umbrella = fixture.log(LostFoundFixture.umbrella(at("2026-11-23T07:45")));

        assertThat(wallet.number()).isEqualTo("SW-2026-000001");
        assertThat(umbrella.number()).isEqualTo("SW-2026-000002");
        FoundItem read = db.services.lostFound().lookup().find(clerk, "sw-2026-000001").orElseThrow();
        assertThat(read.description()).isEqualTo("黑色皮革钱包");
        assertThat(read.privateDetail()).isEqualTo(LostFoundFixture.WALLET_PRIVATE);
        assertThat(read.category().name()).isEqualTo("钱包/卡");
        assertThat(read.cash()).contains(Money.of("520.50"));
        assertThat(read.cash().orElseThrow().amount().toPlainString()).isEqualTo("520.50");
        assertThat(read.witness()).isEqualTo("李秀英");
        assertThat(read.foundAt()).isEqualTo(at("2026-11-22T18:30"));
        assertThat(read.finderKind()).isEqualTo(FinderKind.STAFF);
        assertThat(read.receivedBy()).isEqualTo("zhou");
        assertThat(read.state()).isEqualTo(ItemState.HELD);
        assertThat(read.goesToPolice()).isTrue();
        assertThat(read.noticePosted()).isEmpty();
        assertThat(read.dueOn()).as("no notice, no year").isEmpty();
        assertThat(umbrella.goesToPolice()).isFalse();
        assertThat(db.database.dsl().fetchValue(db.database.dsl().select(AUDIT_LOG.SUMMARY).from(AUDIT_LOG)
                .where(AUDIT_LOG.ENTITY_ID.eq("SW-2026-000001")))).contains("amount: 520.50", "witness: 李秀英");
    }

    /** Cash is money with two decimals (DESIGN.md "Money"): a cent is kept, a third decimal is refused, never rounded. */
    @Test
    void cashKeepsEveryCentAndAThirdDecimalIsRefused() {
        FoundItem cent = fixture.log(withCash("0.01", "李秀英"));
        FoundItem large = fixture.log(withCash("12345.67", "李秀英"));

        assertThat(cent.cash()).contains(Money.of("0.01"));
        assertThat(large.cash().orElseThrow().amount().toPlainString()).isEqualTo("12345.67");
        assertThatThrownBy(() -> Money.of("520.505")).isInstanceOf(ArithmeticException.class);
        assertThat(refusal(() -> fixture.log(withCash("0.00", "李秀英")))).isEqualTo("现金金额须大于 0。");
    }

    /** DOMAIN.md "Lost and found" 2 and issue item 1: cash and valuables are counted before a witness, who is not the finder. */
    @Test
    void cashAndValuablesNeedAWitnessOtherThanTheFinder() {
        int before = items();

        assertThat(refusal(() -> fixture.log(withCash("100.00", "")))).isEqualTo("现金和贵重物品须当着见证人清点，请填写见证人姓名。");
        assertThat(refusal(() -> fixture.log(withCash("100.00", "王建军")))).isEqualTo("见证人须是拾得人以外的人。");
        FoundItemDraft umbrella = LostFoundFixture.umbrella(at("2026-11-23T07:45"));
        FoundItemDraft valuable = new FoundItemDraft("金项链", "", "OTHER", "泳池更衣室", umbrella.foundAt(), "陈小红", "",
                FinderKind.RESIDENT, "", ValueClass.VALUABLE, Optional.empty(), " ", Optional.empty());
        assertThat(refusal(() -> fixture.log(valuable))).isEqualTo("现金和贵重物品须当着见证人清点，请填写见证人姓名。");
        assertThat(items()).isEqualTo(before);
    }

    @Test
    void whatCannotBeTrueIsRefusedNamingTheField() {
        FoundItemDraft umbrella = LostFoundFixture.umbrella(at("2026-11-23T08:05"));
        FoundItemDraft future = new FoundItemDraft(umbrella.description(), "", "OTHER", "南门", at("2026-11-23T10:00"),
                "陈小红", "", FinderKind.RESIDENT, "", ValueClass.ORDINARY, Optional.empty(), "", Optional.empty());
        FoundItemDraft unknown = new FoundItemDraft("伞", "", "UMBRELLAS", "南门", umbrella.foundAt(), "陈小红", "",
                FinderKind.RESIDENT, "", ValueClass.ORDINARY, Optional.empty(), "", Optional.empty());
        FoundItemDraft badPhone = new FoundItemDraft("伞", "", "其他", "南门", umbrella.foundAt(), "陈小红", "12345",
                FinderKind.RESIDENT, "", ValueClass.ORDINARY, Optional.empty(), "", Optional.empty());

        assertThat(refusal(() -> fixture.log(future))).isEqualTo("拾得时间不能晚于现在。");
        assertThat(refusal(() -> fixture.log(unknown))).isEqualTo("没有类别“UMBRELLAS”。");
        assertThat(refusal(() -> fixture.log(badPhone))).isEqualTo("电话号码 12345 的格式不对。");
        assertThat(items()).isZero();
    }

    @Test
    void onlyRolesThatHandleLostAndFoundLogItems() {
        Actor engineer = db.userWithRole("liu", Role.ENGINEER);
        Actor cashier = db.userWithRole("sun", Role.CASHIER);

        assertThatThrownBy(() -> db.services.lostFound().intake().log(engineer, LostFoundFixture.umbrella(at("2026-11-23T07:45"))))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> db.services.lostFound().lookup().register(cashier, RegisterFilter.all()))
                .isInstanceOf(PermissionDeniedException.class);
    }

    /** The photo is kept under the SHA-256 of its content, its kind read from its first bytes (JPEG, PNG, PDF), at most 20 MB. */
    @Test
    void aPhotoIsStoredByItsContentHashAndCheckedByItsBytesNotItsName() throws Exception {
        Path photos = folder.resolve("photos");
        LostFoundServices lostFound = LostFoundServices.wire(db.services.core(), db.services.estate().units(), photos);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Path renamed = Files.write(folder.resolve("wallet.txt"), png);
        FoundItemDraft wallet = LostFoundFixture.wallet(at("2026-11-22T18:30"));
        FoundItemDraft withPhoto = new FoundItemDraft(wallet.description(), wallet.privateDetail(), wallet.categoryCode(),
                wallet.foundPlace(), wallet.foundAt(), wallet.finderName(), wallet.finderPhone(), wallet.finderKind(),
                wallet.storagePlace(), wallet.valueClass(), wallet.cash(), wallet.witness(), Optional.of(renamed));

        FoundItem item = lostFound.intake().log(clerk, withPhoto);

        ItemPhoto photo = item.photo().orElseThrow();
        assertThat(photo.type()).isEqualTo(FileKind.PNG);
        assertThat(photo.hash()).isEqualTo(HashedFileStore.sha256(png)).hasSize(64);
        Path stored = lostFound.photos().file(photo.hash(), photo.type()).orElseThrow();
        assertThat(stored).isEqualTo(photos.resolve(photo.hash().substring(0, 2)).resolve(photo.hash() + ".png"));
        assertThat(Files.readAllBytes(stored)).isEqualTo(png);

        Path notAPhoto = Files.writeString(folder.resolve("wallet.jpg"), "this is text, not a JPEG");
        FoundItemDraft withText = new FoundItemDraft(withPhoto.description(), "", "WALLET", "大堂", withPhoto.foundAt(),
                "王建军", "", FinderKind.STAFF, "", ValueClass.ORDINARY, Optional.empty(), "", Optional.of(notAPhoto));
        assertThat(refusal(() -> lostFound.intake().log(clerk, withText))).isEqualTo("wallet.jpg 不是 JPEG、PNG 照片或 PDF 扫描件。");

        Path huge = folder.resolve("huge.jpg");
        try (var out = Files.newOutputStream(huge)) {
            out.write(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            out.write(new byte[(int) HashedFileStore.MAX_BYTES]);
        }
        FoundItemDraft withHuge = new FoundItemDraft("伞", "", "OTHER", "大堂", withPhoto.foundAt(), "王建军", "",
                FinderKind.STAFF, "", ValueClass.ORDINARY, Optional.empty(), "", Optional.of(huge));
        assertThat(refusal(() -> lostFound.intake().log(clerk, withHuge))).isEqualTo("照片 huge.jpg 超过 20 MB。");
        assertThat(items()).isEqualTo(1);
    }
}
