package org.sitedesk.support;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.sitedesk.app.Services;
import org.sitedesk.core.Progress;
import org.sitedesk.core.db.Database;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.estate.EstateImportFiles;
import org.sitedesk.estate.ImportOutcome;
import org.sitedesk.estate.files.EstateFileReader;
import org.sitedesk.estate.files.TableReader;
import org.sitedesk.fees.BillingOutcome;
import org.sitedesk.fees.PaymentImport;
import org.sitedesk.fees.PaymentMethod;
import org.sitedesk.fees.PaymentRequest;

/**
 * Another SiteDesk, in a process of its own: opens a test's database as the application does (its
 * JDBC URL or H2 file, the services wired by {@link Services#wire}), signs in as the test's
 * administrator on the tests' Monday, 2026-11-23, and does one thing:
 * <ul>
 * <li>{@code DATABASE bill 2026-11}: the month's billing run; at half the charges written it prints
 * {@link #UNDER_WAY} and holds there, inside the run's transaction, until killed;</li>
 * <li>{@code DATABASE import-estate UNITS.csv OWNERS.csv}: the estate import; with every unit written
 * and the owners next it prints {@link #UNDER_WAY} and holds;</li>
 * <li>{@code DATABASE import-payments STATEMENT.csv READS}: the payments import; the import reads the
 * clock for every row it takes, so after {@code READS} reads of the clock it prints {@link #UNDER_WAY}
 * and holds;</li>
 * <li>{@code DATABASE pay WARM-UP COUNT AMOUNT UNIT,UNIT,…}: takes {@code WARM-UP} cash payments, prints
 * {@link #READY}, waits for a line on its input, then takes {@code COUNT} more (0: until killed) over
 * the units in turn, printing {@code receipt NUMBER} after each has been committed, and at the end
 * {@code done MILLIS}.</li>
 * </ul>
 * Holding once well under way makes the kill land inside the open transaction every time, after H2
 * has had the time to write some of the uncommitted rows to its file.
 */
public final class CounterProcess {
    public static final String UNDER_WAY = "under way";
    public static final String READY = "ready";
    public static final String RECEIPT = "receipt ";
    public static final String DONE = "done";
    private static final long HOLD_MILLIS = 120_000;

    private CounterProcess() {
    }

    public static void main(String[] args) throws Exception {
        CountingClock clock = new CountingClock(MutableClock.atNineOnAMonday());
        try (Database database = TestDatabases.open(args[0])) {
            Services services = Services.wire(database, clock);
            Actor admin = Actor.of(services.core().users().find(TestDatabase.ADMIN).orElseThrow());
            switch (args[1]) {
                case "bill" -> bill(services, admin, YearMonth.parse(args[2]));
                case "import-estate" -> importEstate(services, admin, Path.of(args[2]), Path.of(args[3]), clock);
                case "import-payments" -> importPayments(services, admin, Path.of(args[2]), Long.parseLong(args[3]), clock);
                case "pay" -> pay(services, admin, Integer.parseInt(args[2]), Integer.parseInt(args[3]), Money.of(args[4]),
                        args[5], clock);
                default -> throw new IllegalArgumentException("No such operation: " + args[1]);
            }
        }
    }

    private static void bill(Services services, Actor admin, YearMonth month) {
        Progress halfWay = (done, total) -> {
            if (done * 2 >= total) {
                underWayAndHold("billing " + month + ": " + done + " of " + total + " charges written");
            }
        };
        BillingOutcome outcome = services.fees().billing().bill(admin, month, halfWay);
        say(DONE + " " + outcome.created());
    }

    private static void importEstate(Services services, Actor admin, Path units, Path owners, Clock clock) {
        EstateImportFiles files = EstateFileReader.read(List.of(TableReader.read(units), TableReader.read(owners)),
                LocalDate.now(clock));
        if (!files.problems().isEmpty()) {
            throw new IllegalStateException("The files have problems: " + files.problems());
        }
        Progress ownersNext = (done, total) -> {
            if (done == 3) {
                underWayAndHold("estate import: " + files.units().size() + " units written, "
                        + files.owners().size() + " owners next");
            }
        };
        ImportOutcome outcome = services.estate().imports().run(admin, files, false, ownersNext);
        say(DONE + " " + outcome);
    }

    private static void importPayments(Services services, Actor admin, Path statement, long reads, CountingClock clock) {
        clock.markAfter(reads, "payments import of " + statement.getFileName());
        PaymentImport.Outcome outcome = services.fees().paymentImport().run(admin, List.of(TableReader.read(statement)), false);
        say(DONE + " " + outcome.payments() + " payments, " + clock.reads() + " reads of the clock");
    }

    private static void pay(Services services, Actor admin, int warmUp, int count, Money amount, String units,
            Clock clock) throws Exception {
        List<Long> unitIds = new ArrayList<>();
        for (String unit : units.split(",")) {
            unitIds.add(Long.parseLong(unit));
        }
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < warmUp; i++) {
            services.fees().payments().pay(admin, PaymentRequest.today(unitIds.get(i % unitIds.size()), amount,
                    PaymentMethod.CASH, today));
        }
        say(READY);
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        long start = System.nanoTime();
        for (int i = 0; count == 0 || i < count; i++) {
            String number = services.fees().payments().pay(admin, PaymentRequest.today(unitIds.get(i % unitIds.size()),
                    amount, PaymentMethod.CASH, today)).number();
            say(RECEIPT + number);
        }
        say(DONE + " " + (System.nanoTime() - start) / 1_000_000);
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    /** Prints the marker, then stays inside the operation (its transaction open) until the test kills the process. */
    private static void underWayAndHold(String what) {
        say(UNDER_WAY + ": " + what);
        try {
            Thread.sleep(HOLD_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // never finish what was under way: a test that forgot to kill gets a failure, not a commit
        Runtime.getRuntime().halt(3);
    }

    /** The tests' fixed clock, counting how often it is read once {@link #markAfter} arms it. */
    private static final class CountingClock extends Clock {
        private final Clock fixed;
        private final AtomicLong reads = new AtomicLong();
        private volatile long markAt = Long.MAX_VALUE;
        private volatile String what = "";

        CountingClock(Clock fixed) {
            this.fixed = fixed;
        }

        void markAfter(long count, String description) {
            what = description;
            reads.set(0);
            markAt = count;
        }

        long reads() {
            return reads.get();
        }

        @Override
        public Instant instant() {
            if (reads.incrementAndGet() == markAt) {
                underWayAndHold(what + " (" + markAt + " reads of the clock)");
            }
            return fixed.instant();
        }

        @Override
        public ZoneId getZone() {
            return fixed.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return fixed.withZone(zone);
        }
    }
}
