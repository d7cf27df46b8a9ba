package org.sitedesk.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.Progress;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.PermissionDeniedException;
import org.sitedesk.core.users.Role;
import org.sitedesk.fees.ChargePart;
import org.sitedesk.fees.PaymentMethod;
import org.sitedesk.fees.Receipt;
import org.sitedesk.fees.ReceiptLine;
import org.sitedesk.fees.UnitAccount;
import org.sitedesk.support.EstateFixture;
import org.sitedesk.support.FeeFixture;
import org.sitedesk.support.TestDatabase;

/**
 * Issue 16 items 3–5 and "Must hold": passes issued with a deposit charged and paid through the fee
 * module, lost (void at once and for good), reissued under a new number with the reissue fee,
 * returned with the deposit refunded on a refund receipt; the unit's balance right to the cent
 * throughout; expired passes out of the valid list; the access-control export. On H2 and PostgreSQL.
 */
class PassDeskTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path folder;
    private TestDatabase db;
    private Actor admin;
    private Actor cashier;
    private Actor clerk;
    private long unit;

    @BeforeEach
    void open() {
        db = new TestDatabase(folder);
        admin = db.administrator();
        cashier = db.userWithRole("qian", Role.CASHIER);
        clerk = db.userWithRole("xiao", Role.CLERK);
        new FeeFixture(db).propertyFee();
        unit = new EstateFixture(db).unit("3-2-1502", "15", "89.75");
        for (YearMonth month : List.of(YearMonth.of(2026, 10), YearMonth.of(2026, 11))) {
            db.services.fees().billing().bill(admin, month, Progress.NONE);
        }
    }

    @AfterEach
    void close() {
        db.close();
    }

    private PassDesk desk() {
        return db.services.keys().passes();
    }

    private PassDraft card(String number) {
        return new PassDraft(unit, "ACCESS_CARD", "张三", Optional.empty(), number, Optional.empty(), Optional.empty(),
                PaymentMethod.CASH);
    }

    /** What the unit owes less what it has prepaid, as the counter shows it. */
    private Money balance() {
        UnitAccount account = db.services.fees().payments().account(unit, LocalDate.now(db.clock));
        return account.totalOwed().minus(account.prepayment());
    }

    private Receipt receipt(String number) {
        return db.services.fees().payments().receipt(number).orElseThrow();
    }

    /**
     * "Must hold": the deposit is a charge with its own receipt, the reissue fee another, the refund a
     * refund receipt; the unit's balance (two months of 53.85 owed) is 107.70 after each step.
     */
    @Test
    void theDepositAndFeesGoThroughTheFeeLedgerAndTheBalanceStaysRightToTheCent() {
        assertThat(balance()).isEqualTo(Money.of("107.70"));

        Pass issued = desk().issue(cashier, card("0012345678"));
        assertThat(issued.number()).isEqualTo("0012345678");
        assertThat(issued.validUntil()).as("门禁卡: 1825 days").isEqualTo(TODAY.plusDays(1825));
        Receipt deposit = receipt(issued.depositReceipt());
        assertThat(deposit.refund()).isFalse();
        assertThat(deposit.amount()).isEqualTo(Money.of("50.00"));
        assertThat(deposit.payer()).isEqualTo("张三");
        assertThat(deposit.lines()).extracting(ReceiptLine::itemName, ReceiptLine::part, ReceiptLine::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("门禁卡押金", ChargePart.PRINCIPAL, Money.of("50.00")));
        assertThat(balance()).as("after issue").isEqualTo(Money.of("107.70"));

        Pass lost = desk().reportLost(clerk, "0012345678", "张三");
        assertThat(lost.state()).isEqualTo(PassState.LOST);
        assertThat(lost.lostReportedBy()).isEqualTo("张三");
        assertThat(lost.lostRecordedBy()).isEqualTo("xiao");
        assertThat(lost.lostAt()).hasValue(db.clock.instant());
        assertThat(balance()).as("after loss").isEqualTo(Money.of("107.70"));

        db.clock.advance(Duration.ofDays(1));
        Pass reissued = desk().reissue(cashier, "0012345678", "", PaymentMethod.WECHAT);
        assertThat(reissued.number()).isEqualTo("P2026-00001");
        assertThat(reissued.reissueOf()).hasValue("0012345678");
        assertThat(reissued.validUntil()).as("the lost card's end date").isEqualTo(issued.validUntil());
        assertThat(reissued.depositChargeId()).as("the deposit moves to the new card").isEqualTo(issued.depositChargeId());
        Receipt fee = receipt(reissued.feeReceipt());
        assertThat(fee.amount()).isEqualTo(Money.of("20.00"));
        assertThat(fee.lines()).extracting(ReceiptLine::itemName).containsExactly("门禁卡补办费");
        assertThat(balance()).as("after reissue").isEqualTo(Money.of("107.70"));
        assertThat(db.services.keys().register().find(admin, "0012345678").orElseThrow())
                .satisfies(old -> {
                    assertThat(old.status(LocalDate.now(db.clock))).isEqualTo(PassStatus.LOST);
                    assertThat(old.reissuedAs()).hasValue("P2026-00001");
                });

        Pass returned = desk().giveBack(cashier, "P2026-00001", PaymentMethod.CASH);
        assertThat(returned.state()).isEqualTo(PassState.RETURNED);
        Receipt refund = receipt(returned.refundReceipt());
        assertThat(refund.refund()).isTrue();
        assertThat(refund.amount()).isEqualTo(Money.of("50.00"));
        assertThat(refund.lines()).extracting(ReceiptLine::part).containsExactly(ChargePart.DEPOSIT_BACK);
        assertThat(refund.reason()).isEqualTo("退还门禁卡 P2026-00001");
        assertThat(balance()).as("after return").isEqualTo(Money.of("107.70"));
        assertThat(db.services.fees().payments().account(unit, LocalDate.now(db.clock)).prepayment()).isEqualTo(Money.ZERO);
        assertThat(db.services.keys().register().depositsHeld(db.services.keys().register().all(admin)))
                .as("nothing held once paid back").allSatisfy((id, held) -> assertThat(held).isEqualTo(Money.ZERO));
    }

    /** "Must hold": a lost pass's number is never valid again, in the valid list, the register or the export, nor issued again. */
    @Test
    void aLostPassNumberIsNeverValidAgainAnywhere() throws Exception {
        desk().issue(cashier, card("0012345678"));
        desk().issue(cashier, new PassDraft(unit, "OWNER", "张三", Optional.empty(), "", Optional.empty(), Optional.empty(),
                PaymentMethod.CASH));
        desk().reportLost(clerk, "0012345678", "");
        PassRegister register = db.services.keys().register();

        assertThat(register.validOn(admin, TODAY)).extracting(Pass::number).containsExactly("P2026-00001");
        assertThat(register.validOn(admin, TODAY.minusDays(1))).extracting(Pass::number).doesNotContain("0012345678");
        assertThat(register.list(admin, new PassFilter(Optional.empty(), Optional.of(PassStatus.VALID), Optional.empty(), "")))
                .extracting(Pass::number).containsExactly("P2026-00001");
        assertThat(register.expiring(admin, 5000)).extracting(Pass::number).doesNotContain("0012345678");
        desk().reissue(cashier, "0012345678", "0099999999", PaymentMethod.CASH);
        assertThat(register.validOn(admin, TODAY)).extracting(Pass::number).containsExactly("0099999999", "P2026-00001");

        Path csv = folder.resolve("access.csv");
        assertThat(register.exportForAccessControl(admin, csv)).isEqualTo(3);
        assertThat(Files.readString(csv, StandardCharsets.UTF_8).substring(1).split("\r\n")).containsExactly(
                "card_number,status,type,room,valid_from,valid_until,reason",
                "0012345678,invalid,ACCESS_CARD,3-2-1502,2026-11-23,2031-11-22,lost",
                "0099999999,valid,ACCESS_CARD,3-2-1502,2026-11-23,2031-11-22,",
                "P2026-00001,valid,OWNER,3-2-1502,2026-11-23,2029-11-22,");
        assertThatThrownBy(() -> desk().issue(cashier, card("0012345678"))).hasMessageContaining("error.pass.numberUsed");
        assertThatThrownBy(() -> desk().reissue(cashier, "0012345678", "", PaymentMethod.CASH))
                .hasMessageContaining("error.pass.alreadyReissued");
        assertThatThrownBy(() -> desk().giveBack(cashier, "0012345678", PaymentMethod.CASH))
                .hasMessageContaining("error.pass.lostNotReturned");
    }

    /** Item 4: a reissue is for lost passes only; a second loss report is refused. Nothing changes on refusal. */
    @Test
    void onlyALostPassIsReissuedAndNothingChangesOnARefusal() {
        desk().issue(cashier, card("0012345678"));
        int auditRows = db.auditRows();
        int receipts = db.services.fees().payments().register(TODAY, TODAY).size();

        assertThatThrownBy(() -> desk().reissue(cashier, "0012345678", "", PaymentMethod.CASH))
                .hasMessageContaining("error.pass.notLost");
        assertThatThrownBy(() -> desk().reissue(cashier, "1111111111", "", PaymentMethod.CASH))
                .hasMessageContaining("error.pass.notFound");

        assertThat(db.auditRows()).isEqualTo(auditRows);
        assertThat(db.services.fees().payments().register(TODAY, TODAY)).hasSize(receipts);
        desk().reportLost(clerk, "0012345678", "");
        assertThatThrownBy(() -> desk().reportLost(clerk, "0012345678", "")).hasMessageContaining("error.pass.alreadyLost");
    }

    /**
     * Money is taken by those who take payments (a cashier or supervisor): a clerk issues passes
     * without a deposit and reports losses, but one with a deposit is refused and nothing is written.
     */
    @Test
    void aClerkIssuesPassesWithoutDepositButTakesNoMoney() {
        int auditRows = db.auditRows();
        assertThatThrownBy(() -> desk().issue(clerk, card(""))).isInstanceOf(PermissionDeniedException.class);
        assertThat(db.auditRows()).isEqualTo(auditRows);
        assertThat(db.services.keys().register().all(admin)).isEmpty();

        Pass temporary = desk().issue(clerk, new PassDraft(unit, "TEMPORARY", "快递员刘", Optional.empty(), "", Optional.empty(),
                Optional.empty(), null));
        assertThat(temporary.depositReceipt()).isEmpty();
        assertThat(temporary.validUntil()).isEqualTo(TODAY.plusDays(7));
        assertThatThrownBy(() -> desk().issue(db.userWithRole("gong", Role.ENGINEER), card("")))
                .isInstanceOf(PermissionDeniedException.class);
    }

    /** Item 4: a pass drops out of the valid list by itself after its last day; the register lists those expiring soon. */
    @Test
    void expiredPassesDropOutOfTheValidListByThemselves() {
        desk().issue(clerk, new PassDraft(unit, "TEMPORARY", "快递员刘", Optional.empty(), "", Optional.empty(),
                Optional.empty(), null));
        desk().issue(clerk, new PassDraft(unit, "OWNER", "张三", Optional.empty(), "", Optional.of(TODAY.plusDays(30)),
                Optional.empty(), null));
        PassRegister register = db.services.keys().register();

        assertThat(register.expiring(clerk, 7)).extracting(Pass::number).containsExactly("P2026-00001");
        assertThat(register.expiring(clerk, 30)).extracting(Pass::number).containsExactly("P2026-00001", "P2026-00002");
        assertThat(register.list(clerk, new PassFilter(Optional.of("OWNER"), Optional.empty(), Optional.of(30), "")))
                .extracting(Pass::number).containsExactly("P2026-00002");

        db.clock.advance(Duration.ofDays(8));
        assertThat(register.validOn(clerk, LocalDate.now(db.clock))).extracting(Pass::number).containsExactly("P2026-00002");
        assertThat(register.find(clerk, "p2026-00001").orElseThrow().status(LocalDate.now(db.clock)))
                .isEqualTo(PassStatus.EXPIRED);
        assertThat(register.list(clerk, new PassFilter(Optional.empty(), Optional.of(PassStatus.EXPIRED), Optional.empty(), "")))
                .extracting(Pass::number).containsExactly("P2026-00001");
    }

    /** Item 3: a holder from the household must belong to it; a deposit with more than two decimals never reaches the ledger. */
    @Test
    void theHolderAndTheTypeAreChecked() {
        assertThatThrownBy(() -> desk().issue(cashier, new PassDraft(unit, "NO_SUCH", "张三", Optional.empty(), "",
                Optional.empty(), Optional.empty(), null))).hasMessageContaining("error.pass.unknownType");
        assertThatThrownBy(() -> desk().issue(cashier, new PassDraft(unit, "OWNER", "张三", Optional.of(999L), "",
                Optional.empty(), Optional.empty(), null))).hasMessageContaining("error.pass.holderNotInUnit");
        assertThatThrownBy(() -> desk().issue(cashier, card("12"))).hasMessageContaining("error.pass.numberForm");
        assertThatThrownBy(() -> desk().issue(cashier, new PassDraft(unit, "OWNER", "张三", Optional.empty(), "",
                Optional.of(TODAY.minusDays(1)), Optional.empty(), null))).hasMessageContaining("error.pass.untilPast");

        new EstateFixture(db).owner(admin, unit, "张三", EstateFixture.ZHANG_SAN_ID, "13800138000", LocalDate.of(2015, 7, 1));
        long person = db.services.estate().households().card(unit).currentOwners().get(0).id();
        Pass owners = desk().issue(cashier, new PassDraft(unit, "PARKING", "", Optional.of(person), " 0012 3456 78\n",
                Optional.empty(), Optional.of(Money.of("100.00")), PaymentMethod.ALIPAY));
        assertThat(owners.holder()).isEqualTo("张三");
        assertThat(owners.holderPersonId()).hasValue(person);
        assertThat(owners.number()).as("as a card reader types it").isEqualTo("0012345678");
        assertThat(receipt(owners.depositReceipt()).method()).isEqualTo(PaymentMethod.ALIPAY);
        assertThat(db.services.keys().register().depositsHeld(List.of(owners))).containsEntry(owners.id(), Money.of("100.00"));
    }

    /** Item 3: the pass types are a list the site edits (by who keeps the fee items): validity, deposit, reissue fee. */
    @Test
    void passTypesAreAnEditableListWhoseDepositAndValidityNewPassesTake() {
        PassTypes types = db.services.keys().passTypes();
        assertThat(types.active()).extracting(PassType::name).containsExactly("业主证", "门禁卡", "停车证", "施工出入证", "临时出入证");
        assertThatThrownBy(() -> types.save(cashier, new PassType("ACCESS_CARD", "门禁卡", 365, Money.of("80.00"),
                Money.of("20.00"), 0, true))).isInstanceOf(PermissionDeniedException.class);

        types.save(admin, new PassType("ACCESS_CARD", "门禁卡", 365, Money.of("80.00"), Money.of("25.00"), 0, true));
        types.save(admin, new PassType("TEMPORARY", "临时出入证", 7, Money.ZERO, Money.ZERO, 0, false));
        PassType bike = types.save(admin, new PassType("BIKE", "电动车停放证", 180, Money.of("10.00"), Money.of("5.00"), 0, true));

        Pass card = desk().issue(cashier, card(""));
        assertThat(card.validUntil()).isEqualTo(TODAY.plusDays(365));
        assertThat(receipt(card.depositReceipt()).amount()).isEqualTo(Money.of("80.00"));
        assertThat(bike.sortOrder()).isEqualTo(6);
        assertThatThrownBy(() -> desk().issue(cashier, new PassDraft(unit, "TEMPORARY", "刘", Optional.empty(), "",
                Optional.empty(), Optional.empty(), null))).hasMessageContaining("error.pass.unknownType");
        assertThat(db.services.core().auditSearch().search(admin, org.sitedesk.core.audit.AuditQuery.everything()))
                .anySatisfy(entry -> assertThat(entry.summary()).startsWith("name: 门禁卡; days: 1825; deposit: 50.00; reissue_fee: 20.00; active: true → name: 门禁卡; days: 365"));
    }
}
