package org.sitedesk.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.Progress;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.PermissionDeniedException;
import org.sitedesk.core.users.Role;
import org.sitedesk.estate.Unit;
import org.sitedesk.support.EstateFixture;
import org.sitedesk.support.FeeFixture;
import org.sitedesk.support.TestDatabase;

/**
 * One-off charges other features take at the counter (DOMAIN.md fees 8, 10): a fee posted and paid at
 * once with its own receipt, naming only itself; a deposit held until paid back once on a refund
 * receipt, never counted in the collection rate; the ledger's invariants hold throughout.
 */
class OneOffChargesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path folder;
    private TestDatabase db;
    private Actor admin;
    private Actor cashier;
    private Actor supervisor;
    private Unit unit;

    @BeforeEach
    void open() {
        db = new TestDatabase(folder);
        admin = db.administrator();
        cashier = db.userWithRole("qian", Role.CASHIER);
        supervisor = db.userWithRole("zhou", Role.SUPERVISOR);
        new FeeFixture(db).propertyFee();
        long id = new EstateFixture(db).unit("3-2-1502", "15", "89.75");
        unit = db.services.estate().units().unit(id).orElseThrow();
        db.services.fees().billing().bill(admin, YearMonth.of(2026, 11), Progress.NONE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private OneOffCharges charges() {
        return db.services.fees().oneOffCharges();
    }

    private static OneOffCharge deposit(String amount) {
        return new OneOffCharge("PASS_DEPOSIT", "门禁卡押金", Money.of(amount), PaymentMethod.CASH, "张三", "pass: 0012345678");
    }

    private CollectedCharge takeDeposit(String amount) {
        charges().prepareReceipts();
        return db.database.dsl().transactionResult(configuration -> charges().takeDeposit(configuration.dsl(), cashier, unit,
                deposit(amount)));
    }

    private String refund(long chargeId) {
        charges().prepareReceipts();
        return db.database.dsl().transactionResult(configuration -> charges().refundDeposit(configuration.dsl(), cashier,
                chargeId, PaymentMethod.CASH, "退还门禁卡"));
    }

    private void invariantsHold() {
        LedgerInvariantsTest.checkInvariants(db, List.of(unit.id()), TODAY);
    }

    @Test
    void aFeeIsPostedAndPaidAtOnceWithItsOwnReceiptLeavingTheMonthsBillOpen() {
        CollectedCharge fee = charges().collect(cashier, unit, new OneOffCharge("PASS_REISSUE", "门禁卡补办费",
                Money.of("20.00"), PaymentMethod.WECHAT, "", "pass: P2026-00001"));

        Receipt receipt = db.services.fees().payments().receipt(fee.receiptNumber()).orElseThrow();
        assertThat(receipt.number()).isEqualTo("2026-000001");
        assertThat(receipt.amount()).isEqualTo(Money.of("20.00"));
        assertThat(receipt.lines()).extracting(ReceiptLine::itemName).containsExactly("门禁卡补办费");
        assertThat(db.services.fees().payments().account(unit.id(), TODAY).totalOwed())
                .as("the month's 53.85 is still owed").isEqualTo(Money.of("53.85"));
        invariantsHold();
        assertThatThrownBy(() -> charges().collect(db.userWithRole("xiao", Role.CLERK), unit, new OneOffCharge("PASS_REISSUE",
                "门禁卡补办费", Money.of("20.00"), PaymentMethod.CASH, "", ""))).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> charges().collect(cashier, unit, new OneOffCharge("pass reissue", "x", Money.of("1.00"),
                PaymentMethod.CASH, "", ""))).hasMessageContaining("error.fees.itemCode");
    }

    @Test
    void aDepositIsHeldUntilPaidBackOnceOnARefundReceipt() {
        CollectedCharge taken = takeDeposit("50.00");
        assertThat(charges().deposits(List.of(taken.chargeId()))).containsEntry(taken.chargeId(),
                new DepositBalance(taken.chargeId(), Money.of("50.00"), Money.of("50.00"), Money.ZERO));
        invariantsHold();

        String refund = refund(taken.chargeId());

        Receipt receipt = db.services.fees().payments().receipt(refund).orElseThrow();
        assertThat(receipt.refund()).isTrue();
        assertThat(receipt.amount()).isEqualTo(Money.of("50.00"));
        assertThat(receipt.lines()).extracting(ReceiptLine::part, ReceiptLine::itemName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ChargePart.DEPOSIT_BACK, "门禁卡押金"));
        assertThat(charges().deposits(List.of(taken.chargeId())).get(taken.chargeId()).held()).isEqualTo(Money.ZERO);
        UnitAccount account = db.services.fees().payments().account(unit.id(), TODAY);
        assertThat(account.totalOwed()).isEqualTo(Money.of("53.85"));
        assertThat(account.prepayment()).isEqualTo(Money.ZERO);
        invariantsHold();
        assertThatThrownBy(() -> refund(taken.chargeId())).hasMessageContaining("error.fees.depositNotHeld");
        ShiftReport shift = db.services.fees().shifts().current(cashier);
        assertThat(shift.net()).as("50 in, 50 out").isEqualTo(Money.ZERO);
        assertThat(shift.refunds()).extracting(Receipt::number).containsExactly(refund);
    }

    @Test
    void aDepositPaidBackCannotHaveItsReceiptVoidedAndAVoidedOneIsNotPaidBack() {
        CollectedCharge first = takeDeposit("50.00");
        String refund = refund(first.chargeId());
        assertThatThrownBy(() -> db.services.fees().payments().voidReceipt(supervisor, first.receiptNumber(), "录错"))
                .hasMessageContaining("error.fees.depositRefunded");
        assertThatThrownBy(() -> db.services.fees().payments().voidReceipt(supervisor, refund, "退错"))
                .as("the refund closed the pass: voiding it would hold a deposit for a pass handed back")
                .hasMessageContaining("error.fees.depositRefundFinal");
        assertThat(charges().deposits(List.of(first.chargeId())).get(first.chargeId()).held()).isEqualTo(Money.ZERO);

        CollectedCharge second = takeDeposit("30.00");
        db.services.fees().payments().voidReceipt(supervisor, second.receiptNumber(), "收错房号");
        assertThat(charges().deposits(List.of(second.chargeId())).get(second.chargeId()).held()).isEqualTo(Money.ZERO);
        assertThatThrownBy(() -> refund(second.chargeId())).hasMessageContaining("error.fees.depositNotHeld");
        assertThat(db.services.fees().payments().account(unit.id(), TODAY).totalOwed())
                .as("the voided deposit is owed again, at the counter").isEqualTo(Money.of("83.85"));
        invariantsHold();
    }

    @Test
    void depositsAreNotInTheCollectionRateNorRefundableWhenTheyAreFees() {
        CollectedCharge fee = charges().collect(cashier, unit, new OneOffCharge("PASS_REISSUE", "门禁卡补办费",
                Money.of("20.00"), PaymentMethod.CASH, "", ""));
        takeDeposit("50.00");

        Map<String, CollectionRate> rates = new java.util.HashMap<>();
        db.services.fees().arrears().collectionRates(admin, YearMonth.of(2026, 11)).forEach(rate -> rates.put(rate.building(), rate));
        assertThat(rates.get("").billed()).as("the bill and the fee, not the deposit").isEqualTo(Money.of("73.85"));
        assertThat(rates.get("").collected()).isEqualTo(Money.of("20.00"));
        assertThatThrownBy(() -> refund(fee.chargeId())).hasMessageContaining("error.fees.notDeposit");
    }
}
