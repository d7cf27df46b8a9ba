package org.sitedesk.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitedesk.core.db.schema.Tables.FEE_CHARGE;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.Progress;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Role;
import org.sitedesk.estate.UnitType;
import org.sitedesk.support.EstateFixture;
import org.sitedesk.support.FeeFixture;
import org.sitedesk.support.TestDatabase;

/** Billing runs (DOMAIN.md fees 2, 3 and 5): one charge per unit, item and month, rounded once, idempotent. */
class BillingServiceTest {
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    @TempDir
    Path folder;
    private TestDatabase db;
    private Actor admin;
    private EstateFixture estate;
    private FeeFixture fees;

    @BeforeEach
    void open() {
        db = new TestDatabase(folder);
        admin = db.administrator();
        estate = new EstateFixture(db);
        fees = new FeeFixture(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<String> charges(YearMonth period) {
        return db.database.dsl().select(FEE_CHARGE.BILLING_KEY, FEE_CHARGE.PRINCIPAL, FEE_CHARGE.DUE_DATE).from(FEE_CHARGE)
                .where(FEE_CHARGE.PERIOD.eq(period.atDay(1))).orderBy(FEE_CHARGE.ID)
                .fetch(row -> row.value1().replaceFirst("^\\d+:", "") + " " + row.value2().toPlainString() + " due " + row.value3());
    }

    @Test
    void eachUnitIsChargedAreaTimesRateRoundedHalfUpOnceDueOnTheTenth() {
        // fees 2: 88.25 m² × 0.55 = 48.5375 → 48.54; a shop by its own rate; parking a fixed amount
        fees.item("PROPERTY", "物业服务费", FeeBasis.AREA, "0.55", UnitType.RESIDENTIAL);
        fees.shopFee();
        fees.parkingFee();
        estate.unit("3-2-1502", "15", "88.25");
        estate.unit("S-1-101", "1", "120.30", UnitType.SHOP, LocalDate.of(2020, 1, 1));
        estate.unit("P-B1-001", "B1", "12.50", UnitType.PARKING, LocalDate.of(2020, 1, 1));

        BillingOutcome outcome = db.services.fees().billing().bill(admin, NOVEMBER, Progress.NONE);

        assertThat(charges(NOVEMBER)).containsExactlyInAnyOrder(
                "PROPERTY:2026-11 48.54 due 2026-11-10",
                "SHOP:2026-11 120.30 due 2026-11-10",
                "PARKING:2026-11 150.00 due 2026-11-10");
        assertThat(outcome.created()).isEqualTo(3);
        assertThat(outcome.total()).isEqualTo(Money.of("318.84"));
    }

    @Test
    void billingStartsTheMonthAfterHandoverAndUnitsWithoutHandoverAreBilledAtOnce() {
        // fees 3
        fees.propertyFee();
        estate.unit("3-2-1501", "15", "100.00", UnitType.RESIDENTIAL, LocalDate.of(2026, 10, 31));
        estate.unit("3-2-1502", "15", "100.00", UnitType.RESIDENTIAL, LocalDate.of(2026, 11, 1));
        estate.unit("3-2-1503", "15", "100.00", UnitType.RESIDENTIAL, null);

        db.services.fees().billing().bill(admin, NOVEMBER, Progress.NONE);

        assertThat(charges(NOVEMBER)).hasSize(2).noneMatch(line -> line.contains("1502"));
        assertThat(db.services.fees().billing().preview(NOVEMBER.plusMonths(1)).newCharges()).isEqualTo(3);
    }

    @Test
    void runningAMonthAgainCreatesNothingAndOnlyWhatIsMissingAfterANewUnit() {
        fees.propertyFee();
        estate.unit("3-2-1501", "15", "100.00");
        db.services.fees().billing().bill(admin, NOVEMBER, Progress.NONE);

        BillingOutcome again = db.services.fees().billing().bill(admin, NOVEMBER, Progress.NONE);
        assertThat(again.createdNothing()).isTrue();
        assertThat(again.alreadyBilled()).isEqualTo(1);

        estate.unit("3-2-1502", "15", "89.75");
        BillingPreview preview = db.services.fees().billing().preview(NOVEMBER);
        assertThat(preview.newCharges()).isEqualTo(1);
        assertThat(preview.total()).isEqualTo(Money.of("53.85"));
        assertThat(db.services.fees().billing().bill(admin, NOVEMBER, Progress.NONE).created()).isEqualTo(1);
        assertThat(charges(NOVEMBER)).hasSize(2);
    }

    @Test
    void aRateChangeTakesEffectFromItsMonthAndOldChargesKeepTheirRate() {
        fees.propertyFee();
        estate.unit("3-2-1501", "15", "100.00");
        db.services.fees().billing().bill(admin, NOVEMBER, Progress.NONE);

        db.services.fees().items().changeRate(admin, "PROPERTY", new BigDecimal("0.70"), NOVEMBER.plusMonths(1));
        db.services.fees().billing().bill(admin, NOVEMBER.plusMonths(1), Progress.NONE);

        assertThat(charges(NOVEMBER)).containsExactly("PROPERTY:2026-11 60.00 due 2026-11-10");
        assertThat(charges(NOVEMBER.plusMonths(1))).containsExactly("PROPERTY:2026-12 70.00 due 2026-12-10");
        assertThatThrownBy(() -> db.services.fees().items().changeRate(admin, "PROPERTY", BigDecimal.ONE, NOVEMBER))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("error.fees.rateFrom"));
    }

    @Test
    void aMonthNoFeeItemAppliesToIsRefusedWithTheReasonNotReportedAsBilled() {
        estate.unit("3-2-1501", "15", "100.00");
        assertThatThrownBy(() -> db.services.fees().billing().bill(admin, NOVEMBER, Progress.NONE))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.billing.noFeeItem");
                    assertThat(e.arguments()).containsExactly(NOVEMBER);
                });

        fees.propertyFee();
        YearMonth before = FeeFixture.FROM.minusMonths(1);
        assertThatThrownBy(() -> db.services.fees().billing().bill(admin, before, Progress.NONE))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.billing.beforeFeeItems");
                    assertThat(e.arguments()).containsExactly(before, FeeFixture.FROM);
                });
        assertThatThrownBy(() -> db.services.fees().billing().preview(before)).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.billing.beforeFeeItems"));

        db.services.fees().items().end(admin, "PROPERTY", YearMonth.of(2026, 6));
        assertThatThrownBy(() -> db.services.fees().billing().bill(admin, NOVEMBER, Progress.NONE))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("error.billing.noFeeItem"));
        assertThat(charges(NOVEMBER)).isEmpty();
        assertThat(charges(before)).isEmpty();
        assertThat(db.database.dsl().fetchCount(org.sitedesk.core.db.schema.Tables.BILLING_RUN)).isZero();
    }

    @Test
    void theDueDayIsASetting() {
        fees.propertyFee();
        estate.unit("3-2-1501", "15", "100.00");
        FeeSettings settings = db.services.fees().settings().load();
        db.services.fees().settings().save(admin, new FeeSettings(15, false, settings.lateFeeDailyPerMille(), 0,
                BigDecimal.ONE, false, 12));

        db.services.fees().billing().bill(admin, NOVEMBER, Progress.NONE);

        assertThat(charges(NOVEMBER)).containsExactly("PROPERTY:2026-11 60.00 due 2026-11-15");
    }

    @Test
    void prepaymentIsDrawnForNewBillsAutomatically() {
        // fees 4–5: money left over is prepayment; later bills are drawn from it
        fees.propertyFee();
        long unit = estate.unit("3-2-1501", "15", "100.00");
        db.services.fees().billing().bill(admin, NOVEMBER, Progress.NONE);
        db.services.fees().payments().pay(admin, PaymentRequest.today(unit, Money.of("100.00"), PaymentMethod.CASH,
                LocalDate.of(2026, 11, 23)));
        assertThat(db.services.fees().payments().account(unit, LocalDate.of(2026, 11, 23)).prepayment()).isEqualTo(Money.of("40.00"));

        BillingOutcome december = db.services.fees().billing().bill(admin, NOVEMBER.plusMonths(1), Progress.NONE);

        assertThat(december.prepaymentDrawn()).isEqualTo(Money.of("40.00"));
        UnitAccount account = db.services.fees().payments().account(unit, LocalDate.of(2026, 11, 23));
        assertThat(account.prepayment()).isEqualTo(Money.ZERO);
        assertThat(account.openCharges()).singleElement().satisfies(charge -> {
            assertThat(charge.period()).isEqualTo(NOVEMBER.plusMonths(1));
            assertThat(charge.principalOpen()).isEqualTo(Money.of("20.00"));
        });
    }

    @Test
    void onlySupervisorsAndAdministratorsRunBilling() {
        fees.propertyFee();
        estate.unit("3-2-1501", "15", "100.00");
        Actor cashier = db.userWithRole("qian", Role.CASHIER);

        assertThatThrownBy(() -> db.services.fees().billing().bill(cashier, NOVEMBER, Progress.NONE))
                .isInstanceOf(RuntimeException.class);
        assertThat(charges(NOVEMBER)).isEmpty();
        assertThat(db.services.fees().billing().bill(db.userWithRole("zhou", Role.SUPERVISOR), NOVEMBER, Progress.NONE).created())
                .isEqualTo(1);
    }
}
