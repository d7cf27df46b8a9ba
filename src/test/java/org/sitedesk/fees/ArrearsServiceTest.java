package org.sitedesk.fees;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.estate.UnitType;
import org.sitedesk.support.EstateFixture;
import org.sitedesk.support.FeeFixture;
import org.sitedesk.support.TestDatabase;

/** 欠费 (DOMAIN.md fees 6–7): months owed on a day, late fees apart, by building and by item. */
class ArrearsServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path folder;
    private TestDatabase db;
    private Actor admin;
    private long owesThree;
    private long owesOne;

    @BeforeEach
    void open() {
        db = new TestDatabase(folder);
        admin = db.administrator();
        FeeFixture fees = new FeeFixture(db);
        fees.propertyFee();
        fees.parkingFee();
        EstateFixture estate = new EstateFixture(db);
        owesThree = estate.unit("3-2-1502", "15", "89.75");
        estate.owner(admin, owesThree, "张三", EstateFixture.ZHANG_SAN_ID, "13800138000", LocalDate.of(2015, 7, 1));
        owesOne = estate.unit("10-1-101", "1", "100.00");
        long paid = estate.unit("3-2-1501", "15", "100.00");
        estate.unit("P-B1-001", "B1", "12.00", UnitType.PARKING, LocalDate.of(2020, 1, 1));
        for (YearMonth month : List.of(YearMonth.of(2026, 9), YearMonth.of(2026, 10), YearMonth.of(2026, 11))) {
            db.services.fees().billing().bill(admin, month, Progress.NONE);
        }
        pay(owesOne, "120.00");
        pay(paid, "180.00");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void pay(long unit, String amount) {
        db.services.fees().payments().pay(admin, PaymentRequest.today(unit, Money.of(amount), PaymentMethod.CASH, TODAY));
    }

    private List<String> arrears(LocalDate asOf, Optional<String> building, Optional<String> item) {
        return db.services.fees().arrears().arrears(admin, asOf, building, item).stream()
                .map(row -> row.room() + " " + row.owners() + " " + row.monthsOwed() + " " + row.principal() + " "
                        + row.lateFee() + " " + row.total() + " " + row.bucket())
                .toList();
    }

    @Test
    void eachUnitThatOwesIsListedByRoomWithMonthsOwed() {
        assertThat(arrears(TODAY, Optional.empty(), Optional.empty())).containsExactly(
                "3-2-1502 张三 3 161.55 0.00 161.55 THREE_TO_SIX",
                "10-1-101  1 60.00 0.00 60.00 ONE",
                "P-B1-001  3 450.00 0.00 450.00 THREE_TO_SIX");
    }

    @Test
    void chargesNotYetDueAreNotArrears() {
        assertThat(arrears(LocalDate.of(2026, 11, 10), Optional.empty(), Optional.empty()))
                .first().asString().startsWith("3-2-1502 张三 2 107.70");
        assertThat(arrears(LocalDate.of(2026, 11, 10), Optional.empty(), Optional.empty())).hasSize(2);
    }

    @Test
    void aBuildingOrAnItemNarrowsTheList() {
        assertThat(arrears(TODAY, Optional.of("P"), Optional.empty())).singleElement().asString().startsWith("P-B1-001");
        assertThat(arrears(TODAY, Optional.empty(), Optional.of("PROPERTY"))).hasSize(2);
    }

    @Test
    void lateFeesAreShownApart() {
        db.services.fees().settings().save(admin, new FeeSettings(10, true, new BigDecimal("0.3"), 0, BigDecimal.ONE, false, 12));

        // 3-2-1501 paid its principal late today: the late fee of the days it was overdue is still owed
        assertThat(arrears(TODAY, Optional.empty(), Optional.of("PROPERTY"))).containsExactly(
                "3-2-1501  3 0.00 2.30 2.30 THREE_TO_SIX",
                "3-2-1502 张三 3 161.55 2.12 163.67 THREE_TO_SIX",
                "10-1-101  3 60.00 2.31 62.31 THREE_TO_SIX");
    }

    @Test
    void theCollectionRateIsWhatWasCollectedOnAMonthsChargesOverWhatWasBilledPerBuilding() {
        // September: 3-2-1502 53.85 unpaid, 3-2-1501 60.00 paid, 10-1-101 60.00 paid, P-B1-001 150.00 unpaid
        List<CollectionRate> rates = db.services.fees().arrears().collectionRates(admin, YearMonth.of(2026, 9));

        assertThat(rates).extracting(rate -> rate.building() + " " + rate.charges() + " " + rate.billed() + " "
                + rate.collected() + " " + rate.percent() + "%").containsExactly(
                "3 2 113.85 60.00 52.7%",
                "10 1 60.00 60.00 100.0%",
                "P 1 150.00 0.00 0.0%",
                " 4 323.85 120.00 37.1%");
    }
}
