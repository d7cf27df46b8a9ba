package org.sitedesk.fees;

import java.nio.file.Files;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.sitedesk.core.Progress;
import org.sitedesk.support.ChildJvm;
import org.sitedesk.support.CounterProcess;
import org.sitedesk.support.EstateFixture;
import org.sitedesk.support.FeeFixture;
import org.sitedesk.support.LedgerChecks;
import org.sitedesk.support.TestDatabase;
import org.sitedesk.support.TestDatabases;

/**
 * Payments per second on one PostgreSQL server with one counter, then with two at once, each counter
 * a process of its own (its own JVM and connection pool, as two PCs at the front desk), each taking
 * cash payments for its own households after a warm-up. Every payment takes the year's receipt
 * counter row and holds it to its commit (DOMAIN.md fees 8), so two counters share one queue: the
 * figure says how much a second counter adds. Not a test: a figure to read. Run, with a server:
 * <pre>
 * eval "$(scripts/postgres-for-tests start)"
 * mvn -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.sitedesk.fees.TwoCounterBenchmark -Dsitedesk.test.engine=postgres
 * scripts/postgres-for-tests stop
 * </pre>
 */
public final class TwoCounterBenchmark {
    private static final int WARM_UP = 300;
    private static final int PAYMENTS = 1_000;
    private static final int UNITS_PER_COUNTER = 10;
    private static final Duration WITHIN = Duration.ofMinutes(10);

    private TwoCounterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (TestDatabases.onH2() || !TestDatabases.serverGiven()) {
            System.out.println("Two counters share a PostgreSQL server: run with -Dsitedesk.test.engine=postgres and "
                    + TestDatabases.SERVER_VARIABLE + " set (scripts/postgres-for-tests start prints it).");
            return;
        }
        try (TestDatabase db = new TestDatabase(Files.createTempDirectory("two-counter-benchmark"))) {
            new FeeFixture(db).propertyFee();
            List<Long> units = new EstateFixture(db).homes(3 * UNITS_PER_COUNTER);
            db.services.fees().billing().bill(db.administrator(), YearMonth.of(2026, 11), Progress.NONE);
            // households of their own for each counter in each round, so every round starts from the same ledger
            double one = round(db, List.of(units.subList(0, UNITS_PER_COUNTER)));
            double two = round(db, List.of(units.subList(UNITS_PER_COUNTER, 2 * UNITS_PER_COUNTER),
                    units.subList(2 * UNITS_PER_COUNTER, 3 * UNITS_PER_COUNTER)));
            LedgerChecks.receiptsGapFree(db.database.dsl());
            System.out.printf("payments on PostgreSQL: 1 counter %.0f/s; 2 counters at once %.0f/s together (%.0f/s each, "
                    + "%.2f× one counter)%n", one, two, two / 2, two / one);
        }
    }

    /** One counter process per group of units, all told to start at once; returns payments per second, all together. */
    private static double round(TestDatabase db, List<List<Long>> perCounter) {
        List<ChildJvm> counters = new ArrayList<>();
        try {
            for (List<Long> units : perCounter) {
                counters.add(ChildJvm.start("counter " + (counters.size() + 1), CounterProcess.class, db.argument(), "pay",
                        String.valueOf(WARM_UP), String.valueOf(PAYMENTS), "1.00",
                        units.stream().map(String::valueOf).collect(Collectors.joining(","))));
            }
            for (ChildJvm counter : counters) {
                counter.awaitLine(CounterProcess.READY::equals, WITHIN);
            }
            long start = System.nanoTime();
            counters.forEach(counter -> counter.tell("go"));
            List<String> own = new ArrayList<>();
            for (ChildJvm counter : counters) {
                String done = counter.awaitLine(line -> line.startsWith(CounterProcess.DONE), WITHIN);
                own.add(done.substring(CounterProcess.DONE.length()).trim() + " ms");
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double perSecond = counters.size() * PAYMENTS / seconds;
            System.out.printf("%d counter(s), %d payments each after %d to warm up: %.2f s in all (each counter's own: %s), "
                    + "%.0f payments/s%n", counters.size(), PAYMENTS, WARM_UP, seconds, String.join(", ", own), perSecond);
            return perSecond;
        } finally {
            counters.forEach(ChildJvm::close);
        }
    }
}
