package org.sitedesk.fees;

import static org.sitedesk.core.db.schema.Tables.ESTATE_UNIT;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.jooq.BatchBindStep;
import org.sitedesk.core.Progress;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.estate.Unit;
import org.sitedesk.print.PrintStamp;
import org.sitedesk.support.FeeFixture;
import org.sitedesk.support.TestDatabase;

/**
 * Billing 20,000 units for one month against a plain JDBC batch insert of the same rows on the same
 * database (budget: at most twice as long), and payment → receipt PDF warm (budget 300 ms). Run:
 * {@code mvn -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.sitedesk.fees.FeeBenchmark}
 */
public final class FeeBenchmark {
    private static final int UNITS = 20_000;
    private static final int ROUNDS = 3;

    private FeeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        org.sitedesk.bench.BenchmarkTable.print(figures());
    }

    /** The billing run against the plain batch and payment → receipt PDF, as lines of the benchmark table. */
    public static List<org.sitedesk.bench.Figure> figures() throws Exception {
        List<org.sitedesk.bench.Figure> figures = new java.util.ArrayList<>();
        String engine = org.sitedesk.support.TestDatabases.onH2() ? "H2" : "PostgreSQL";
        try (TestDatabase db = new TestDatabase(Files.createTempDirectory("fee-benchmark"))) {
            Actor admin = db.administrator();
            new FeeFixture(db).propertyFee();
            insertUnits(db);
            List<Unit> units = db.services.estate().units().allUnits();
            long[] billing = new long[ROUNDS];
            long[] jdbc = new long[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                YearMonth month = YearMonth.of(2027, 1 + round);
                long start = System.nanoTime();
                BillingOutcome outcome = db.services.fees().billing().bill(admin, month, Progress.NONE);
                billing[round] = (System.nanoTime() - start) / 1_000_000;
                start = System.nanoTime();
                YearMonth plainMonth = YearMonth.of(2028, 1 + round);
                plainInsert(db, db.services.fees().billing().wanted(units, db.services.fees().items().validIn(plainMonth), plainMonth,
                        db.services.fees().settings().load()));
                jdbc[round] = (System.nanoTime() - start) / 1_000_000;
                System.out.printf("round %d: billing run %d ms (%d charges), plain JDBC batch %d ms%n", round + 1,
                        billing[round], outcome.created(), jdbc[round]);
            }
            Arrays.sort(billing);
            Arrays.sort(jdbc);
            figures.add(org.sitedesk.bench.Figure.ratio(String.format("billing %d units on %s against a plain JDBC batch (%d ms)",
                    UNITS, engine, jdbc[ROUNDS / 2]), 2.0, billing[ROUNDS / 2] + " ms", (double) billing[ROUNDS / 2] / jdbc[ROUNDS / 2]));
            figures.add(receipts(db, admin, units.get(0).id()));
        }
        return figures;
    }

    private static org.sitedesk.bench.Figure receipts(TestDatabase db, Actor admin, long unitId) {
        Messages chinese = new Messages(Language.CHINESE);
        LocalDate today = LocalDate.now(db.clock);
        long[] micros = new long[60];
        for (int i = -10; i < micros.length; i++) {
            long start = System.nanoTime();
            Receipt receipt = db.services.fees().payments().pay(admin, PaymentRequest.today(unitId, Money.of("1.00"),
                    PaymentMethod.CASH, today));
            PrintStamp stamp = PrintStamp.of(db.services.core().siteSettings().load(), admin, LocalDateTime.now(db.clock), chinese);
            db.services.print().reports().pdf(ReceiptPrintout.of(receipt, ReceiptPrintout.type(true), stamp, chinese, false));
            if (i >= 0) {
                micros[i] = (System.nanoTime() - start) / 1000;
            }
        }
        Arrays.sort(micros);
        return org.sitedesk.bench.Figure.of("payment → receipt PDF, warm (median / p95)", "≤ 300 ms",
                String.format("%.1f / %.1f ms", micros[30] / 1000.0, micros[57] / 1000.0), micros[30] / 1000.0 <= 300);
    }

    private static void insertUnits(TestDatabase db) {
        Random random = new Random(7);
        OffsetDateTime now = OffsetDateTime.now(db.clock);
        BatchBindStep batch = db.database.dsl().batch(db.database.dsl().insertInto(ESTATE_UNIT, ESTATE_UNIT.ROOM_CODE,
                ESTATE_UNIT.BUILDING_CODE, ESTATE_UNIT.ENTRANCE_CODE, ESTATE_UNIT.FLOOR_LABEL, ESTATE_UNIT.FLOOR_ORDER,
                ESTATE_UNIT.UNIT_TYPE, ESTATE_UNIT.AREA, ESTATE_UNIT.HANDOVER_DATE, ESTATE_UNIT.OCCUPANCY,
                ESTATE_UNIT.CREATED_AT, ESTATE_UNIT.ROW_VERSION)
                .values((String) null, null, null, null, null, null, null, null, null, null, null));
        for (int i = 0; i < UNITS; i++) {
            int building = 1 + i / 400;
            int floor = 1 + (i % 400) / 4;
            String room = building + "-1-" + floor + String.format("%02d", 1 + i % 4);
            batch = batch.bind(room, Integer.toString(building), "1", Integer.toString(floor), floor, "RESIDENTIAL",
                    BigDecimal.valueOf(6000 + random.nextInt(10000), 2), LocalDate.of(2020, 1, 1), "OWNER_OCCUPIED", now, 0);
        }
        batch.execute();
    }

    /** The same rows as the billing run writes, inserted the plainest way: one JDBC batch, one commit. */
    private static void plainInsert(TestDatabase db, List<NewCharge> charges) {
        db.database.dsl().connection(connection -> {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO fee_charge (unit_id, fee_item_id, "
                    + "item_code, item_name, period, principal, rate, quantity, due_date, billing_key, created_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                Timestamp now = Timestamp.valueOf(LocalDateTime.now(db.clock));
                int count = 0;
                for (NewCharge charge : charges) {
                    insert.setLong(1, charge.unitId());
                    insert.setLong(2, charge.item().id());
                    insert.setString(3, charge.item().code());
                    insert.setString(4, charge.item().name());
                    insert.setObject(5, charge.period().atDay(1));
                    insert.setBigDecimal(6, charge.principal().amount());
                    insert.setBigDecimal(7, charge.item().rate());
                    insert.setBigDecimal(8, charge.quantity());
                    insert.setObject(9, charge.due());
                    insert.setString(10, charge.billingKey());
                    insert.setTimestamp(11, now);
                    insert.addBatch();
                    if (++count % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
            connection.setAutoCommit(true);
        });
    }
}
