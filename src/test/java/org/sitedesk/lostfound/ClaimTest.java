package org.sitedesk.lostfound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitedesk.core.db.schema.Tables.AUDIT_LOG;
import static org.sitedesk.core.db.schema.Tables.FEE_CHARGE;
import static org.sitedesk.core.db.schema.Tables.FOUND_ITEM_CLAIM;
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
import org.sitedesk.estate.IdType;
import org.sitedesk.support.EstateFixture;
import org.sitedesk.support.LostFoundFixture;
import org.sitedesk.support.TestDatabase;

/**
 * 认领 (issue 17 item 4; DOMAIN.md "Lost and found" 4, "Personal information" 2 and 4): the claimant's
 * document checked by GB 11643 and shown masked, the proof, what was returned, when and by whom; an
 * item claimed, with the police or past its year is refused; a cost is a note, never a fee (317).
 */
class ClaimTest {
    private static final Messages CHINESE = new Messages(Language.CHINESE);

    @TempDir
    Path folder;
    private TestDatabase db;
    private LostFoundFixture fixture;
    private LostFoundServices lostFound;
    private Actor clerk;
    private FoundItem wallet;

    @BeforeEach
    void open() {
        db = new TestDatabase(folder);
        fixture = new LostFoundFixture(db);
        lostFound = db.services.lostFound();
        clerk = db.userWithRole("zhou", Role.CLERK);
        wallet = fixture.log(LostFoundFixture.wallet(at("2026-11-22T18:30")));
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

    private static ClaimDraft byZhangSan(String idNumber) {
        return new ClaimDraft("张三", IdType.RESIDENT_ID, idNumber, "13800138000", "说出了夹层里的全家福照片和两张招商银行卡",
                "", "", Optional.empty());
    }

    private int claims() {
        return db.database.dsl().fetchCount(FOUND_ITEM_CLAIM);
    }

    @Test
    void aClaimWithAResidentIdIsRecordedMaskedWithItsProofWhatWasReturnedWhenAndByWhom() {
        FoundItem claimed = lostFound.claims().claim(clerk, wallet.number(), byZhangSan("11010519491231002x"));

        assertThat(claimed.state()).isEqualTo(ItemState.CLAIMED);
        Claim claim = claimed.claim().orElseThrow();
        assertThat(claim.claimant()).isEqualTo("张三");
        assertThat(claim.idType()).isEqualTo(IdType.RESIDENT_ID);
        assertThat(claim.maskedIdNumber()).isEqualTo("110105********002X");
        assertThat(claim.proof()).isEqualTo("说出了夹层里的全家福照片和两张招商银行卡");
        assertThat(claim.returned()).as("the whole item when nothing else is written").isEqualTo("黑色皮革钱包（¥520.50）");
        assertThat(claim.claimedAt()).isEqualTo(db.clock.instant());
        assertThat(claim.handedBy()).isEqualTo("zhou");
        assertThat(db.database.dsl().fetchValue(db.database.dsl().select(FOUND_ITEM_CLAIM.ID_NUMBER).from(FOUND_ITEM_CLAIM)))
                .as("kept whole for the police, shown masked").isEqualTo(EstateFixture.ZHANG_SAN_ID);
        String audited = db.database.dsl().fetchValue(db.database.dsl().select(AUDIT_LOG.SUMMARY).from(AUDIT_LOG)
                .where(AUDIT_LOG.ACTION_CODE.eq("ITEM_CLAIMED")));
        assertThat(audited).contains("110105********002X").doesNotContain(EstateFixture.ZHANG_SAN_ID);
    }

    /** GB 11643: a wrong check digit, a birth date that does not exist, the wrong length: each refused, nothing changed. */
    @Test
    void aBadResidentIdIsRefusedWithItsReasonAndNothingChanges() {
        assertThat(refusal(() -> lostFound.claims().claim(clerk, wallet.number(), byZhangSan("110105194912310021"))))
                .isEqualTo(CHINESE.get("error.id.checkDigit"));
        assertThat(refusal(() -> lostFound.claims().claim(clerk, wallet.number(), byZhangSan("110105194902300021"))))
                .isEqualTo(CHINESE.get("error.id.birthDate"));
        assertThat(refusal(() -> lostFound.claims().claim(clerk, wallet.number(), byZhangSan("1101051949123100"))))
                .isEqualTo(CHINESE.get("error.id.length"));
        assertThat(claims()).isZero();
        assertThat(lostFound.lookup().find(clerk, wallet.number()).orElseThrow().state()).isEqualTo(ItemState.HELD);
    }

    /** Passports and permits are accepted as typed (DOMAIN.md, personal information 4) and keep their last four characters. */
    @Test
    void aPassportIsTakenAsTypedAndMaskedToItsLastFour() {
        FoundItem claimed = lostFound.claims().claim(clerk, wallet.number(), new ClaimDraft("John Smith", IdType.PASSPORT,
                "e12345678", "", "描述了照片", "钱包及现金", "", Optional.empty()));

        assertThat(claimed.claim().orElseThrow().maskedIdNumber()).isEqualTo("*****5678");
        assertThat(claimed.claim().orElseThrow().returned()).isEqualTo("钱包及现金");
    }

    @Test
    void anItemAlreadyClaimedOrWithThePoliceIsRefused() {
        FoundItem umbrella = fixture.log(LostFoundFixture.umbrella(at("2026-11-23T07:45")));
        lostFound.claims().claim(clerk, wallet.number(), byZhangSan(EstateFixture.ZHANG_SAN_ID));
        lostFound.handOvers().handOver(clerk, List.of(umbrella.number()), new HandOverDraft("东城派出所", "刘警官", "012345",
                LocalDate.of(2026, 11, 23)));

        assertThat(refusal(() -> lostFound.claims().claim(clerk, wallet.number(), byZhangSan(EstateFixture.LI_SI_ID))))
                .isEqualTo("SW-2026-000001 已于 2026-11-23 由 张三 认领，不能再次认领或处理。");
        assertThat(refusal(() -> lostFound.claims().claim(clerk, umbrella.number(), byZhangSan(EstateFixture.LI_SI_ID))))
                .isEqualTo("SW-2026-000002 已于 2026-11-23 移交东城派出所，请失主到派出所认领。");
        assertThat(claims()).isEqualTo(1);
    }

    /** After the year of 318 the item is no longer the site's to return. */
    @Test
    void anItemPastItsYearCannotBeClaimed() {
        FoundItem old = fixture.log(LostFoundFixture.umbrella(at("2025-10-01T10:00")));
        lostFound.notices().post(clerk, List.of(old.number()), LocalDate.of(2025, 10, 2));

        assertThat(refusal(() -> lostFound.claims().claim(clerk, old.number(), byZhangSan(EstateFixture.ZHANG_SAN_ID))))
                .isEqualTo("SW-2026-000002 的招领期已于 2026-10-02 届满，物品已不能由服务中心发还（民法典第三百一十八条）。");
    }

    /** 317: only necessary costs, and a recorded cost is a note on the claim, not a charge in the fee ledger. */
    @Test
    void aCostIsANoteAndNoFee() {
        int charges = db.database.dsl().fetchCount(FEE_CHARGE);

        FoundItem claimed = lostFound.claims().claim(clerk, wallet.number(), new ClaimDraft("张三", IdType.RESIDENT_ID,
                EstateFixture.ZHANG_SAN_ID, "", "", "", "登报寻找失主的费用 30 元，失主自愿承担", Optional.empty()));

        assertThat(claimed.claim().orElseThrow().costNote()).isEqualTo("登报寻找失主的费用 30 元，失主自愿承担");
        assertThat(db.database.dsl().fetchCount(FEE_CHARGE)).isEqualTo(charges);
    }

    /** A role that needs the whole number sees it, and every view is audited (DOMAIN.md, personal information 2). */
    @Test
    void theWholeNumberIsShownOnlyToRolesThatNeedItAndEveryViewIsAudited() {
        lostFound.claims().claim(clerk, wallet.number(), byZhangSan(EstateFixture.ZHANG_SAN_ID));
        Actor supervisor = db.userWithRole("zhao", Role.SUPERVISOR);
        int audited = db.auditRows();

        assertThatThrownBy(() -> lostFound.claims().revealIdNumber(clerk, wallet.number()))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(lostFound.claims().revealIdNumber(supervisor, wallet.number())).isEqualTo(EstateFixture.ZHANG_SAN_ID);
        assertThat(db.auditRows()).isEqualTo(audited + 1);
    }
}
