package org.sitedesk.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.Progress;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Role;
import org.sitedesk.support.EstateFixture;
import org.sitedesk.support.FeeFixture;
import org.sitedesk.support.TestDatabase;

/** The counter (DOMAIN.md fees 4–6, 8, 10): allocation, prepayment, receipts, voids, late fees. */
class PaymentServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final Messages CHINESE = new Messages(Language.CHINESE);

    @TempDir
    Path folder;
    private TestDatabase db;
    private Actor admin;
    private Actor cashier;
    private long unit;

    @BeforeEach
    void open() {
        db = new TestDatabase(folder);
        admin = db.administrator();
        cashier = db.userWithRole("qian", Role.CASHIER);
        new FeeFixture(db).propertyFee();
        unit = new EstateFixture(db).unit("3-2-1502", "15", "89.75");
        for (YearMonth month : List.of(SEPTEMBER, OCTOBER, NOVEMBER)) {
            db.services.fees().billing().bill(admin, month, Progress.NONE);
        }
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Receipt pay(String amount) {
        return db.services.fees().payments().pay(cashier, PaymentRequest.today(unit, Money.of(amount), PaymentMethod.CASH, TODAY));
    }

    private UnitAccount account() {
        return db.services.fees().payments().account(unit, TODAY);
    }

    private static String sentence(UserFacingException e) {
        return CHINESE.format(e.messageKey(), e.arguments());
    }

    @Test
    void aPartPaymentSettlesTheOldestDueMonthsFirst() {
        // fees 4: 89.75 m² × 0.60 = 53.85 a month; 100.00 pays September and 46.15 of October
        assertThat(account().totalOwed()).isEqualTo(Money.of("161.55"));

        Receipt receipt = pay("100.00");

        assertThat(receipt.number()).isEqualTo("2026-000001");
        assertThat(receipt.room()).isEqualTo("3-2-1502");
        assertThat(receipt.lines()).extracting(line -> line.period().orElseThrow() + " " + line.part() + " " + line.amount())
                .containsExactly("2026-09 PRINCIPAL 53.85", "2026-10 PRINCIPAL 46.15");
        assertThat(account().openCharges()).extracting(charge -> charge.period() + " " + charge.principalOpen())
                .containsExactly("2026-10 7.70", "2026-11 53.85");
        assertThat(account().prepayment()).isEqualTo(Money.ZERO);
    }

    @Test
    void aChargeThePayerNamesIsPaidFirst() {
        long november = account().openCharges().get(2).chargeId();

        Receipt receipt = db.services.fees().payments().pay(cashier, new PaymentRequest(unit, Money.of("60.00"), PaymentMethod.WECHAT,
                TODAY, "张三", "WX20261123001", "", List.of(november)));

        assertThat(receipt.lines()).extracting(line -> line.period().orElseThrow() + " " + line.amount())
                .containsExactly("2026-09 6.15", "2026-11 53.85");
        assertThat(receipt.method()).isEqualTo(PaymentMethod.WECHAT);
        assertThat(receipt.reference()).isEqualTo("WX20261123001");
    }

    @Test
    void whatIsLeftBecomesPrepaymentUpToTwelveMonthsOfCharges() {
        // fees 5: the cap is 12 × 53.85 = 646.20
        Receipt receipt = pay("261.55");
        assertThat(receipt.prepaymentAdded()).isEqualTo(Money.of("100.00"));
        assertThat(account().prepayment()).isEqualTo(Money.of("100.00"));
        assertThat(account().openCharges()).isEmpty();

        assertThatThrownBy(() -> pay("546.21")).isInstanceOfSatisfying(UserFacingException.class, e ->
                assertThat(sentence(e)).isEqualTo("预存不能超过 646.20 元（12 个月的费用）；本次最多可收 546.20 元。"));
        assertThat(pay("546.20").prepaymentAdded()).isEqualTo(Money.of("546.20"));
        assertThat(account().prepayment()).isEqualTo(Money.of("646.20"));
    }

    @Test
    void futureDatesAreRefusedAndPastDatesNeedAReason() {
        assertThatThrownBy(() -> db.services.fees().payments().pay(cashier, PaymentRequest.today(unit, Money.of("10.00"),
                PaymentMethod.CASH, TODAY.plusDays(1)))).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(sentence(e)).isEqualTo("缴费日期不能晚于今天（2026-11-23）。"));
        assertThatThrownBy(() -> db.services.fees().payments().pay(cashier, PaymentRequest.today(unit, Money.of("10.00"),
                PaymentMethod.TRANSFER, TODAY.minusDays(3)))).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(sentence(e)).isEqualTo("补录以前日期的缴费，请填写原因。"));

        Receipt backdated = db.services.fees().payments().pay(cashier, new PaymentRequest(unit, Money.of("10.00"),
                PaymentMethod.TRANSFER, TODAY.minusDays(3), "", "", "银行到账单迟到", List.of()));

        assertThat(backdated.paidOn()).isEqualTo(TODAY.minusDays(3));
        assertThat(backdated.reason()).isEqualTo("银行到账单迟到");
        assertThat(backdated.number()).as("refused payments took no number").isEqualTo("2026-000001");
    }

    @Test
    void onlyASupervisorVoidsAReceiptWithAReasonAndTheAccountIsAsBefore() {
        UnitAccount before = account();
        Receipt receipt = pay("261.55");
        Actor supervisor = db.userWithRole("zhou", Role.SUPERVISOR);

        assertThatThrownBy(() -> db.services.fees().payments().voidReceipt(cashier, receipt.number(), "收错了"))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> db.services.fees().payments().voidReceipt(supervisor, receipt.number(), "  "))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("error.fees.voidReason"));

        Receipt voided = db.services.fees().payments().voidReceipt(supervisor, receipt.number(), "金额录错，重新开具");

        assertThat(voided.voided()).hasValueSatisfying(note -> {
            assertThat(note.by()).isEqualTo("zhou");
            assertThat(note.reason()).isEqualTo("金额录错，重新开具");
        });
        assertThat(account()).isEqualTo(before);
        assertThat(db.services.fees().payments().register(TODAY, TODAY)).singleElement()
                .satisfies(listed -> assertThat(listed.voided()).isPresent());
        assertThatThrownBy(() -> db.services.fees().payments().voidReceipt(supervisor, receipt.number(), "再次"))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(sentence(e)).isEqualTo("收据 2026-000001 已经作废。"));
        assertThat(pay("53.85").number()).as("a voided number is never reused").isEqualTo("2026-000002");
    }

    @Test
    void aReceiptWhosePrepaymentWasDrawnCannotBeVoided() {
        Receipt receipt = pay("261.55");
        db.services.fees().billing().bill(admin, NOVEMBER.plusMonths(1), Progress.NONE);

        assertThatThrownBy(() -> db.services.fees().payments().voidReceipt(admin, receipt.number(), "重开"))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("error.fees.prepaymentUsed"));
        assertThat(db.services.fees().payments().receipt(receipt.number()).orElseThrow().voided()).isEmpty();
    }

    @Test
    void lateFeesAccrueDailyOnOverduePrincipalAndArePaidBeforePrincipal() {
        // fees 6: 0.3‰ a day from the day after the due date; September: 74 days × 53.85 × 0.0003 = 1.19547 → 1.20
        FeeSettings defaults = FeeSettings.DEFAULTS;
        db.services.fees().settings().save(admin, new FeeSettings(10, true, new BigDecimal("0.3"), 0, BigDecimal.ONE,
                false, defaults.prepaymentCapMonths()));

        assertThat(account().openCharges()).extracting(charge -> charge.period() + " " + charge.lateFeeOpen())
                .containsExactly("2026-09 1.20", "2026-10 0.71", "2026-11 0.21");
        assertThat(account().lateFeeOwed()).isEqualTo(Money.of("2.12"));

        Receipt receipt = pay("55.05");

        assertThat(receipt.lines()).extracting(line -> line.period().orElseThrow() + " " + line.part() + " " + line.amount())
                .containsExactly("2026-09 LATE_FEE 1.20", "2026-09 PRINCIPAL 53.85");
        assertThat(receipt.lateFees()).isEqualTo(Money.of("1.20"));
        assertThat(account().openCharges()).extracting(charge -> charge.period().toString()).containsExactly("2026-10", "2026-11");
    }

    @Test
    void lateFeesStopGrowingOnWhatWasPaidAndNeverExceedThePrincipal() {
        db.services.fees().settings().save(admin, new FeeSettings(10, true, new BigDecimal("10"), 0, new BigDecimal("0.10"),
                true, 12));
        // 1% a day, capped at 10% of 53.85 = 5.385 → 5.39 for September; principal first this time
        assertThat(account().openCharges().get(0).lateFeeOpen()).isEqualTo(Money.of("5.39"));

        Receipt receipt = pay("53.85");

        assertThat(receipt.lines()).extracting(line -> line.period().orElseThrow() + " " + line.part())
                .containsExactly("2026-09 PRINCIPAL");
        assertThat(account().openCharges().get(0).lateFeeOpen()).isEqualTo(Money.of("5.39"));
    }

    @Test
    void anUnknownReceiptIsNotFound() {
        assertThat(db.services.fees().payments().receipt("2026-999999")).isEqualTo(Optional.empty());
    }
}
