package org.sitedesk.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitedesk.core.db.schema.Tables.AUDIT_LOG;
import static org.sitedesk.core.db.schema.Tables.BILLING_RUN;
import static org.sitedesk.core.db.schema.Tables.ESTATE_UNIT;
import static org.sitedesk.core.db.schema.Tables.FEE_CHARGE;
import static org.sitedesk.core.db.schema.Tables.FEE_PAYMENT;
import static org.sitedesk.core.db.schema.Tables.HOUSEHOLD_PERSON;
import static org.sitedesk.core.db.schema.Tables.PREPAYMENT_DRAW;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.Progress;
import org.sitedesk.core.audit.AuditAction;
import org.sitedesk.core.id.ResidentIdNumber;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.estate.EstateAuditAction;
import org.sitedesk.estate.ImportOutcome;
import org.sitedesk.estate.Occupancy;
import org.sitedesk.estate.files.EstateFileReader;
import org.sitedesk.estate.files.TableReader;
import org.sitedesk.fees.BillingOutcome;
import org.sitedesk.fees.FeeAuditAction;
import org.sitedesk.fees.PaymentImport;
import org.sitedesk.fees.PaymentMethod;
import org.sitedesk.fees.PaymentRequest;
import org.sitedesk.support.ChildJvm;
import org.sitedesk.support.CounterProcess;
import org.sitedesk.support.EstateFixture;
import org.sitedesk.support.FeeFixture;
import org.sitedesk.support.LedgerChecks;
import org.sitedesk.support.TestDatabase;

/**
 * The program killed in the middle of its longest work, on an H2 file and on a PostgreSQL server
 * (DOMAIN.md data safety 1: a counter's last commits survive; fees 8: receipt numbers gap-free and
 * never reused; fees 10: the ledger's invariants). Each test makes a database, has another SiteDesk
 * process ({@link CounterProcess}) open it and start the work, kills that process outright
 * ({@code destroyForcibly}, no shutdown of any kind) once the work is well under way, opens the
 * database again as the application would after the crash, and checks: the work left nothing
 * behind (each is one transaction: all or nothing), receipt numbers run on without a gap or a twin,
 * every ledger invariant holds, and the same work done again completes whole.
 */
class CrashSafetyTest {
    private static final Duration UNDER_WAY_WITHIN = Duration.ofSeconds(120);
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    @TempDir
    Path folder;

    /** A billing run of 20,000 units killed with half its charges written, and the prepayment of three units not yet drawn. */
    @Test
    void aBillingRunKilledHalfWayLeavesNoChargeAndRunsWholeAgain() {
        String database;
        List<Long> prepaid;
        List<Long> sample = new ArrayList<>();
        try (TestDatabase db = new TestDatabase(folder.resolve("db"))) {
            Actor admin = db.administrator();
            new FeeFixture(db).propertyFee();
            List<Long> units = new EstateFixture(db).homes(20_000);
            prepaid = units.subList(0, 3);
            for (long unit : prepaid) {
                db.services.fees().payments().pay(admin, PaymentRequest.today(unit, Money.of("100.00"), PaymentMethod.CASH,
                        today(db)));
            }
            for (int i = 3; i < units.size(); i += 2_500) {
                sample.add(units.get(i));
            }
            database = db.argument();
        }

        assertThat(killWhenUnderWay(database, "bill", NOVEMBER.toString())).endsWith("10000 of 20000 charges written");

        try (TestDatabase db = TestDatabase.reopen(database)) {
            DSLContext dsl = db.database.dsl();
            assertThat(dsl.fetchCount(FEE_CHARGE)).as("charges left by the killed run").isZero();
            assertThat(dsl.fetchCount(BILLING_RUN)).as("billing runs").isZero();
            assertThat(dsl.fetchCount(PREPAYMENT_DRAW)).as("prepayment drawn").isZero();
            assertThat(audited(db, FeeAuditAction.BILLING_RUN)).isZero();
            for (long unit : prepaid) {
                assertThat(db.services.fees().payments().account(unit, today(db)).prepayment()).isEqualTo(Money.of("100.00"));
            }
            LedgerChecks.all(db, prepaid, today(db));

            BillingOutcome again = db.services.fees().billing().bill(db.administrator(), NOVEMBER, Progress.NONE);

            assertThat(again.created()).isEqualTo(20_000);
            assertThat(dsl.fetchCount(FEE_CHARGE, FEE_CHARGE.PERIOD.eq(NOVEMBER.atDay(1)))).isEqualTo(20_000);
            assertThat(dsl.fetchCount(dsl.selectDistinct(FEE_CHARGE.UNIT_ID).from(FEE_CHARGE))).isEqualTo(20_000);
            var run = dsl.selectFrom(BILLING_RUN).fetchSingle();
            assertThat(run.getChargesCreated()).isEqualTo(20_000);
            assertThat(run.getTotal()).isEqualByComparingTo(
                    dsl.select(DSL.sum(FEE_CHARGE.PRINCIPAL)).from(FEE_CHARGE).fetchSingle().value1());
            assertThat(dsl.fetchCount(dsl.selectDistinct(PREPAYMENT_DRAW.UNIT_ID).from(PREPAYMENT_DRAW))).isEqualTo(3);
            // each of the three had 100.00 in hand, more than a month of 60–160 m² at 0.60: the month is paid from it
            BigDecimal theirCharges = dsl.select(DSL.sum(FEE_CHARGE.PRINCIPAL)).from(FEE_CHARGE)
                    .where(FEE_CHARGE.UNIT_ID.in(prepaid)).fetchSingle().value1();
            assertThat(again.prepaymentDrawn().amount()).isEqualByComparingTo(theirCharges);
            for (long unit : prepaid) {
                assertThat(db.services.fees().payments().account(unit, today(db)).principalOwed()).isEqualTo(Money.ZERO);
            }
            assertThat(audited(db, FeeAuditAction.BILLING_RUN)).isEqualTo(1);
            List<Long> checked = new ArrayList<>(prepaid);
            checked.addAll(sample);
            LedgerChecks.all(db, checked, today(db));
            assertThat(db.services.fees().billing().bill(db.administrator(), NOVEMBER, Progress.NONE).created())
                    .as("billed again").isZero();
        }
    }

    /** An estate import of 20,000 units and 40,000 owners killed with every unit written and the owners next. */
    @Test
    void anEstateImportKilledHalfWayLeavesNoUnitAndNoOwnerAndImportsWholeAgain() throws IOException {
        Path units = folder.resolve("units.csv");
        Path owners = folder.resolve("owners.csv");
        writeEstate(units, owners, 20_000);
        String database;
        try (TestDatabase db = new TestDatabase(folder.resolve("db"))) {
            db.administrator();
            database = db.argument();
        }

        assertThat(killWhenUnderWay(database, "import-estate", units.toString(), owners.toString()))
                .endsWith("20000 units written, 40000 owners next");

        try (TestDatabase db = TestDatabase.reopen(database)) {
            DSLContext dsl = db.database.dsl();
            assertThat(dsl.fetchCount(ESTATE_UNIT)).as("units left by the killed import").isZero();
            assertThat(dsl.fetchCount(HOUSEHOLD_PERSON)).as("owners left by the killed import").isZero();
            assertThat(audited(db, EstateAuditAction.UNITS_IMPORTED) + audited(db, EstateAuditAction.OWNERS_IMPORTED)).isZero();

            ImportOutcome again = db.services.estate().imports().run(db.administrator(),
                    EstateFileReader.read(List.of(TableReader.read(units), TableReader.read(owners)), today(db)), false,
                    Progress.NONE);

            assertThat(again).isEqualTo(new ImportOutcome(20_000, 0, 40_000, 0));
            assertThat(dsl.fetchCount(ESTATE_UNIT, ESTATE_UNIT.OCCUPANCY.eq(Occupancy.OWNER_OCCUPIED.name()))).isEqualTo(20_000);
            assertThat(dsl.fetchCount(HOUSEHOLD_PERSON)).isEqualTo(40_000);
            assertThat(dsl.fetchCount(dsl.selectDistinct(HOUSEHOLD_PERSON.UNIT_ID).from(HOUSEHOLD_PERSON))).isEqualTo(20_000);
            assertThat(audited(db, EstateAuditAction.UNITS_IMPORTED)).isEqualTo(1);
            assertThat(audited(db, EstateAuditAction.OWNERS_IMPORTED)).isEqualTo(1);
            LedgerChecks.wholeLedger(dsl);
            LedgerChecks.receiptsGapFree(dsl);
        }
    }

    /** A bank statement of 2,000 payments killed half way through, after three receipts taken at the counter. */
    @Test
    void aPaymentsImportKilledHalfWayIssuesNoReceiptAndImportsWholeAgain() throws IOException {
        Path statement = folder.resolve("wechat.csv");
        String database;
        List<Long> units;
        try (TestDatabase db = new TestDatabase(folder.resolve("db"))) {
            Actor admin = db.administrator();
            new FeeFixture(db).propertyFee();
            units = new EstateFixture(db).homes(200);
            db.services.fees().billing().bill(admin, NOVEMBER, Progress.NONE);
            for (long unit : units.subList(0, 3)) {
                db.services.fees().payments().pay(admin, PaymentRequest.today(unit, Money.of("10.00"), PaymentMethod.CASH,
                        today(db)));
            }
            Map<Long, String> rooms = db.database.dsl().select(ESTATE_UNIT.ID, ESTATE_UNIT.ROOM_CODE).from(ESTATE_UNIT)
                    .fetchMap(ESTATE_UNIT.ID, ESTATE_UNIT.ROOM_CODE);
            StringBuilder csv = new StringBuilder("room,amount,paid_at,method,reference\n");
            for (int i = 0; i < 2_000; i++) {
                csv.append(rooms.get(units.get(i % units.size()))).append(",10.00,2026-11-20,wechat,WX")
                        .append(100_000 + i).append('\n');
            }
            Files.writeString(statement, csv, StandardCharsets.UTF_8);
            database = db.argument();
        }

        // the import reads the clock three times for every row it takes: 3,000 reads is about the 1,000th row
        killWhenUnderWay(database, "import-payments", statement.toString(), "3000");

        try (TestDatabase db = TestDatabase.reopen(database)) {
            DSLContext dsl = db.database.dsl();
            assertThat(dsl.select(FEE_PAYMENT.RECEIPT_NUMBER).from(FEE_PAYMENT).orderBy(FEE_PAYMENT.RECEIPT_NUMBER)
                    .fetch(FEE_PAYMENT.RECEIPT_NUMBER)).as("receipts after the killed import")
                    .containsExactly("2026-000001", "2026-000002", "2026-000003");
            assertThat(audited(db, FeeAuditAction.PAYMENTS_IMPORTED)).isZero();
            LedgerChecks.all(db, units, today(db));

            PaymentImport.Outcome again = db.services.fees().paymentImport().run(db.administrator(),
                    List.of(TableReader.read(statement)), false);

            assertThat(again.payments()).isEqualTo(2_000);
            assertThat(again.total()).isEqualTo(Money.of("20000.00"));
            assertThat(again.receipts()).isEqualTo(LedgerChecks.receiptNumbers(2026, 2_003).subList(3, 2_003));
            assertThat(audited(db, FeeAuditAction.PAYMENTS_IMPORTED)).isEqualTo(1);
            LedgerChecks.all(db, units, today(db));
        }
    }

    /**
     * A counter killed while it takes one payment after another, three times over (a kill lands at a
     * different point of a payment each time): every receipt it had printed is in the register, at
     * most the one it was taking is there besides, the numbers run on without a gap, and the next
     * payment, at the counter started again, takes the next number.
     */
    @Test
    void aCounterKilledWhileTakingPaymentsKeepsEveryReceiptItPrintedAndNumbersOnWithoutAGap() {
        String database;
        List<Long> units = new ArrayList<>();
        try (TestDatabase db = new TestDatabase(folder.resolve("db"))) {
            Actor admin = db.administrator();
            new FeeFixture(db).propertyFee();
            EstateFixture estate = new EstateFixture(db);
            for (int i = 1; i <= 10; i++) {
                units.add(estate.unit("1-1-" + (100 + i), "1", "89.75"));
            }
            db.services.fees().billing().bill(admin, NOVEMBER, Progress.NONE);
            database = db.argument();
        }

        List<String> printed = new ArrayList<>();
        int issued = 0;
        for (int kill = 1; kill <= 3; kill++) {
            List<String> thisTime = killWhilePaying(database, units, 100);
            assertThat(thisTime).hasSizeGreaterThanOrEqualTo(100);
            printed.addAll(thisTime);
            try (TestDatabase db = TestDatabase.reopen(database)) {
                List<String> register = db.database.dsl().select(FEE_PAYMENT.RECEIPT_NUMBER).from(FEE_PAYMENT)
                        .orderBy(FEE_PAYMENT.RECEIPT_NUMBER).fetch(FEE_PAYMENT.RECEIPT_NUMBER);
                assertThat(register).as("every receipt the counter printed, after kill " + kill).containsAll(printed);
                assertThat(register.size() - issued).as("receipts issued before kill " + kill + ": those printed and at most "
                        + "the one in hand").isBetween(thisTime.size(), thisTime.size() + 1);
                issued = register.size();
                LedgerChecks.all(db, units, today(db));
                if (kill == 3) {
                    String next = db.services.fees().payments().pay(db.administrator(), PaymentRequest.today(units.get(0),
                            Money.of("1.00"), PaymentMethod.CASH, today(db))).number();

                    assertThat(next).isEqualTo(String.format("2026-%06d", register.size() + 1));
                    LedgerChecks.all(db, units, today(db));
                }
            }
        }
    }

    /** Starts a counter taking 1.00 payments over the units, kills it once it has printed {@code receipts}, and returns what it printed. */
    private static List<String> killWhilePaying(String database, List<Long> units, int receipts) {
        try (ChildJvm counter = ChildJvm.start("counter", CounterProcess.class, database, "pay", "0", "0", "1.00",
                String.join(",", units.stream().map(String::valueOf).toList()))) {
            counter.awaitLine(CounterProcess.READY::equals, UNDER_WAY_WITHIN);
            counter.tell("go");
            for (int i = 0; i < receipts; i++) {
                counter.awaitLine(line -> line.startsWith(CounterProcess.RECEIPT), UNDER_WAY_WITHIN);
            }
            counter.kill();
            return counter.lines().stream().filter(line -> line.startsWith(CounterProcess.RECEIPT))
                    .map(line -> line.substring(CounterProcess.RECEIPT.length())).toList();
        }
    }

    /**
     * Starts another SiteDesk on the database doing {@code operation}, waits until it is well under
     * way, kills it, and returns what it said of how far it had come.
     */
    private static String killWhenUnderWay(String database, String... operation) {
        String[] args = new String[operation.length + 1];
        args[0] = database;
        System.arraycopy(operation, 0, args, 1, operation.length);
        try (ChildJvm child = ChildJvm.start(operation[0], CounterProcess.class, args)) {
            String underWay = child.awaitLine(line -> line.startsWith(CounterProcess.UNDER_WAY), UNDER_WAY_WITHIN);
            child.kill();
            return underWay;
        }
    }

    /**
     * Owners files and units files as a developer's export would give them: {@code count} homes, two
     * owners each, with valid resident ID numbers (GB 11643) and mobile numbers.
     */
    private static void writeEstate(Path units, Path owners, int count) throws IOException {
        StringBuilder unitRows = new StringBuilder("room,building,unit,floor,type,area,handover\n");
        StringBuilder ownerRows = new StringBuilder("room,name,id_number,phone,since\n");
        String surnames = "王李张刘陈杨赵黄周吴";
        String given = "伟芳娜敏静丽强磊军洋";
        for (int i = 0; i < count; i++) {
            int building = 1 + i / 400;
            int entrance = 1 + (i % 400) / 200;
            int floor = 1 + (i % 200) / 8;
            String room = building + "-" + entrance + "-" + floor + String.format("%02d", 1 + i % 8);
            unitRows.append(room).append(',').append(building).append(',').append(entrance).append(',').append(floor)
                    .append(",residential,").append(BigDecimal.valueOf(6000 + i % 10_000, 2)).append(",2020-06-30\n");
            for (int k = 0; k < 2; k++) {
                int owner = 2 * i + k;
                String first17 = "110105" + LocalDate.of(1950, 1, 1).plusDays(owner % 18_000).toString().replace("-", "")
                        + String.format("%03d", 100 + owner / 18_000);
                ownerRows.append(room).append(',').append(surnames.charAt(owner % 10)).append(given.charAt(owner / 10 % 10))
                        .append(given.charAt(owner / 100 % 10)).append(',').append(first17)
                        .append(ResidentIdNumber.checkCharacter(first17)).append(',').append(String.format("138%08d", owner))
                        .append(",2020-07-01\n");
            }
        }
        Files.writeString(units, unitRows, StandardCharsets.UTF_8);
        Files.writeString(owners, ownerRows, StandardCharsets.UTF_8);
    }

    private static int audited(TestDatabase db, AuditAction action) {
        return db.database.dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION_CODE.eq(action.code()));
    }

    private static LocalDate today(TestDatabase db) {
        return LocalDate.now(db.clock);
    }
}
