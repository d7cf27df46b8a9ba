package org.sitedesk.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitedesk.core.db.schema.Tables.FEE_CHARGE;
import static org.sitedesk.core.db.schema.Tables.FEE_PAYMENT;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.app.Services;
import org.sitedesk.core.Progress;
import org.sitedesk.core.db.Database;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Role;
import org.sitedesk.repair.Priority;
import org.sitedesk.repair.RequestState;
import org.sitedesk.repair.ServiceRequest;
import org.sitedesk.support.EstateFixture;
import org.sitedesk.support.FeeFixture;
import org.sitedesk.support.RepairFixture;
import org.sitedesk.support.TestDatabase;
import org.sitedesk.support.TestDatabases;

/**
 * Two counters on one PostgreSQL server, each with its own connection pool as two PCs have
 * (DESIGN.md "More than one terminal"): receipts stay gap-free and unique (DOMAIN.md fees 8), the
 * ledger's invariants hold (fees 10), a month billed from both at once is billed once, and a card
 * moved by two clerks at once moves once, the other clerk told why.
 */
class TwoCountersTest {
    @TempDir
    Path folder;
    private TestDatabase db;
    private Database secondPool;
    private Services second;

    @BeforeEach
    void twoCounters() {
        Assumptions.assumeFalse(TestDatabases.onH2(), "two counters share a PostgreSQL server; an H2 file has one");
        db = new TestDatabase(folder);
        secondPool = Database.open(db.database.location());
        second = Services.wire(secondPool, db.clock);
    }

    @AfterEach
    void close() {
        if (secondPool != null) {
            secondPool.close();
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    void fiveHundredPaymentsAtEachOfTwoCountersGiveOneThousandReceiptsWithoutGapOrTwin() throws Exception {
        Actor admin = db.administrator();
        Actor cashier = db.userWithRole("qian", Role.CASHIER);
        new FeeFixture(db).propertyFee();
        EstateFixture estate = new EstateFixture(db);
        List<Long> units = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            units.add(estate.unit("1-1-" + (100 + i), "1", "89.75"));
        }
        db.services.fees().billing().bill(admin, YearMonth.of(2026, 11), Progress.NONE);
        LocalDate today = LocalDate.now(db.clock);

        List<List<String>> issued = atOnce(
                () -> pay(db.services, cashier, units.subList(0, 5), today),
                () -> pay(second, cashier, units.subList(5, 10), today));

        List<String> numbers = db.database.dsl().select(FEE_PAYMENT.RECEIPT_NUMBER).from(FEE_PAYMENT)
                .orderBy(FEE_PAYMENT.RECEIPT_NUMBER).fetch(FEE_PAYMENT.RECEIPT_NUMBER);
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 1000; i++) {
            expected.add(String.format("2026-%06d", i));
        }
        assertThat(numbers).isEqualTo(expected);
        assertThat(issued.get(0)).hasSize(500).doesNotContainAnyElementsOf(issued.get(1));
        LedgerInvariantsTest.checkInvariants(db, units, today);
        // 500 × 1.00 on five units of 53.85 a month each: what was not owed became prepayment
        assertThat(db.services.fees().payments().account(units.get(0), today).prepayment().amount())
                .isEqualByComparingTo("46.15");
    }

    private static List<String> pay(Services counter, Actor cashier, List<Long> units, LocalDate today) {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            long unit = units.get(i % units.size());
            numbers.add(counter.fees().payments().pay(cashier, PaymentRequest.today(unit, Money.of("1.00"),
                    PaymentMethod.CASH, today)).number());
        }
        return numbers;
    }

    @Test
    void aMonthBilledFromTwoCountersAtOnceIsBilledOnce() throws Exception {
        Actor admin = db.administrator();
        new FeeFixture(db).propertyFee();
        new FeeFixture(db).parkingFee();
        EstateFixture estate = new EstateFixture(db);
        for (int i = 1; i <= 200; i++) {
            estate.unit("2-1-" + (1000 + i), "10", "100.00");
        }
        YearMonth month = YearMonth.of(2026, 10);

        List<BillingOutcome> outcomes = atOnce(
                () -> db.services.fees().billing().bill(admin, month, Progress.NONE),
                () -> second.fees().billing().bill(admin, month, Progress.NONE));

        assertThat(outcomes.get(0).created() + outcomes.get(1).created()).isEqualTo(200);
        assertThat(db.database.dsl().fetchCount(FEE_CHARGE, FEE_CHARGE.PERIOD.eq(month.atDay(1)))).isEqualTo(200);
        assertThat(db.database.dsl().fetchCount(db.database.dsl().selectDistinct(FEE_CHARGE.UNIT_ID).from(FEE_CHARGE)))
                .isEqualTo(200);
    }

    @Test
    void aCardMovedByTwoClerksAtOnceMovesOnceAndTheOtherIsToldWhy() throws Exception {
        Actor admin = db.administrator();
        long unit = new EstateFixture(db).unit("3-2-1502", "15", "89.75");
        RepairFixture repair = new RepairFixture(db);
        long wang = repair.wang();
        ServiceRequest request = repair.dispatched(RepairFixture.repairAt(unit, "WATER", Priority.ORDINARY), wang);

        List<Object> results = atOnce(
                () -> attempt(() -> db.services.repair().moves().arrive(admin, request.id(), null)),
                () -> attempt(() -> second.repair().moves().arrive(admin, request.id(), null)));

        assertThat(results).filteredOn(ServiceRequest.class::isInstance).hasSize(1);
        assertThat(results).filteredOn(UserFacingException.class::isInstance).singleElement()
                .extracting(refusal -> ((UserFacingException) refusal).messageKey()).asString().startsWith("error.");
        assertThat(db.services.repair().lookup().request(request.id()).state()).isEqualTo(RequestState.ON_SITE);
        assertThat(db.services.repair().lookup().history(request.id()))
                .filteredOn(event -> event.to() == RequestState.ON_SITE).hasSize(1);
    }

    private static Object attempt(Callable<Object> move) throws Exception {
        try {
            return move.call();
        } catch (UserFacingException refused) {
            return refused;
        }
    }

    /** Runs both at the same moment on two threads, as two counters would, and returns both results. */
    @SafeVarargs
    private static <T> List<T> atOnce(Callable<T>... counters) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(counters.length);
        try {
            CountDownLatch ready = new CountDownLatch(counters.length);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> running = new ArrayList<>();
            for (Callable<T> counter : counters) {
                running.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return counter.call();
                }));
            }
            ready.await();
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> result : running) {
                results.add(result.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
