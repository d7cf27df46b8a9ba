package org.sitedesk.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitedesk.core.db.schema.Tables.FEE_PAYMENT;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.Progress;
import org.sitedesk.core.users.Actor;
import org.sitedesk.support.ChildJvm;
import org.sitedesk.support.CounterProcess;
import org.sitedesk.support.EstateFixture;
import org.sitedesk.support.FeeFixture;
import org.sitedesk.support.LedgerChecks;
import org.sitedesk.support.TestDatabase;
import org.sitedesk.support.TestDatabases;

/**
 * Two counters as two programs on two PCs, each its own process with its own connection pool, on one
 * PostgreSQL server (DESIGN.md "More than one terminal"; DOMAIN.md data safety 3): 500 payments at
 * each at the same time give 1,000 receipts numbered without a gap or a twin (fees 8), each receipt
 * printed by exactly one counter, and the ledger's invariants hold (fees 10). {@link TwoCountersTest}
 * does the same with two pools in one process.
 */
class TwoCounterProcessesTest {
    private static final Duration WITHIN = Duration.ofMinutes(3);

    @TempDir
    Path folder;

    @Test
    void fiveHundredPaymentsAtEachOfTwoCounterProcessesGiveOneThousandReceiptsWithoutGapOrTwin() {
        Assumptions.assumeFalse(TestDatabases.onH2(),
                "two counter processes share a PostgreSQL server; an H2 file is opened by one process at a time");
        try (TestDatabase db = new TestDatabase(folder)) {
            Actor admin = db.administrator();
            new FeeFixture(db).propertyFee();
            EstateFixture estate = new EstateFixture(db);
            List<Long> units = new ArrayList<>();
            for (int i = 1; i <= 10; i++) {
                units.add(estate.unit("1-1-" + (100 + i), "1", "89.75"));
            }
            db.services.fees().billing().bill(admin, YearMonth.of(2026, 11), Progress.NONE);

            List<List<String>> printed = new ArrayList<>();
            try (ChildJvm first = counter("first counter", db, units.subList(0, 5));
                    ChildJvm second = counter("second counter", db, units.subList(5, 10))) {
                first.awaitLine(CounterProcess.READY::equals, WITHIN);
                second.awaitLine(CounterProcess.READY::equals, WITHIN);
                first.tell("go");
                second.tell("go");
                for (ChildJvm counter : List.of(first, second)) {
                    counter.awaitLine(line -> line.startsWith(CounterProcess.DONE), WITHIN);
                    assertThat(counter.awaitExit(WITHIN)).as("exit code").isZero();
                    printed.add(counter.lines().stream().filter(line -> line.startsWith(CounterProcess.RECEIPT))
                            .map(line -> line.substring(CounterProcess.RECEIPT.length())).toList());
                }
            }

            List<String> numbers = db.database.dsl().select(FEE_PAYMENT.RECEIPT_NUMBER).from(FEE_PAYMENT)
                    .orderBy(FEE_PAYMENT.RECEIPT_NUMBER).fetch(FEE_PAYMENT.RECEIPT_NUMBER);
            assertThat(numbers).isEqualTo(LedgerChecks.receiptNumbers(2026, 1_000));
            assertThat(printed.get(0)).hasSize(500).doesNotContainAnyElementsOf(printed.get(1));
            assertThat(printed.get(1)).hasSize(500);
            Set<String> both = new HashSet<>(printed.get(0));
            both.addAll(printed.get(1));
            assertThat(both).isEqualTo(new HashSet<>(numbers));
            assertThat(interleaved(printed.get(0))).as("the counters took turns, not one after the other").isTrue();
            LedgerChecks.all(db, units, LocalDate.now(db.clock));
            // 500 × 1.00 on five units of 53.85 a month each: what was not owed became prepayment
            assertThat(db.services.fees().payments().account(units.get(0), LocalDate.now(db.clock)).prepayment().amount())
                    .isEqualByComparingTo("46.15");
        }
    }

    private static ChildJvm counter(String name, TestDatabase db, List<Long> units) {
        return ChildJvm.start(name, CounterProcess.class, db.argument(), "pay", "0", "500", "1.00",
                units.stream().map(String::valueOf).collect(Collectors.joining(",")));
    }

    /** Whether one counter's receipts are not one unbroken run of numbers: the other took some in between. */
    private static boolean interleaved(List<String> receipts) {
        List<String> sorted = receipts.stream().sorted().toList();
        int first = Integer.parseInt(sorted.get(0).substring(5));
        int last = Integer.parseInt(sorted.get(sorted.size() - 1).substring(5));
        return last - first + 1 > sorted.size();
    }
}
