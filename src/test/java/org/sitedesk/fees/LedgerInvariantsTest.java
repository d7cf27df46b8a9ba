package org.sitedesk.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitedesk.core.db.schema.Tables.FEE_PAYMENT;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitedesk.core.Progress;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Role;
import org.sitedesk.estate.UnitType;
import org.sitedesk.support.EstateFixture;
import org.sitedesk.support.FeeFixture;
import org.sitedesk.support.LedgerChecks;
import org.sitedesk.support.TestDatabase;

/**
 * DOMAIN.md fees 8 and 10 over random sequences of bills, payments, voids, waivers, write-offs and
 * refunds: allocations sum to each payment, balances follow from the ledger rows, a void restores
 * the account, and receipt numbers stay gap-free even with two terminals paying at once.
 */
class LedgerInvariantsTest {
    @TempDir
    Path folder;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4})
    void theLedgerStaysConsistentWhateverHappens(long seed) throws Exception {
        Random random = new Random(seed);
        try (TestDatabase db = new TestDatabase(Files.createTempDirectory(folder, "seed"))) {
            Actor admin = db.administrator();
            Actor cashier = db.userWithRole("qian", Role.CASHIER);
            Actor supervisor = db.userWithRole("zhou", Role.SUPERVISOR);
            FeeFixture fees = new FeeFixture(db);
            fees.propertyFee();
            fees.parkingFee();
            if (seed % 2 == 0) {
                db.services.fees().settings().save(admin, new FeeSettings(10, true, new BigDecimal("0.5"), 3,
                        BigDecimal.ONE, seed % 4 == 0, 12));
            }
            EstateFixture estate = new EstateFixture(db);
            List<Long> units = List.of(estate.unit("1-1-101", "1", "89.75"), estate.unit("1-1-102", "1", "120.33"),
                    estate.unit("P-B1-001", "B1", "12.00", UnitType.PARKING, null));
            YearMonth billed = YearMonth.of(2026, 8);
            db.services.fees().billing().bill(admin, billed, Progress.NONE);
            List<String> receipts = new ArrayList<>();
            for (int step = 0; step < 60; step++) {
                LocalDate today = LocalDate.now(db.clock);
                long unit = units.get(random.nextInt(units.size()));
                int action = random.nextInt(10);
                try {
                    if (action < 2 && billed.isBefore(YearMonth.from(today).plusMonths(1))) {
                        billed = billed.plusMonths(1);
                        db.services.fees().billing().bill(admin, billed, Progress.NONE);
                    } else if (action < 6) {
                        UnitAccount before = db.services.fees().payments().account(unit, today);
                        Money amount = Money.of(BigDecimal.valueOf(1 + random.nextInt(30000), 2));
                        Receipt receipt = db.services.fees().payments().pay(cashier, PaymentRequest.today(unit, amount,
                                PaymentMethod.values()[random.nextInt(PaymentMethod.values().length)], today));
                        receipts.add(receipt.number());
                        if (random.nextInt(3) == 0) {
                            db.services.fees().payments().voidReceipt(supervisor, receipt.number(), "重开");
                            assertThat(db.services.fees().payments().account(unit, today)).as("void restores").isEqualTo(before);
                        }
                    } else if (action == 6 && !receipts.isEmpty()) {
                        db.services.fees().payments().voidReceipt(supervisor, receipts.get(random.nextInt(receipts.size())), "错收");
                    } else if (action == 7) {
                        UnitAccount account = db.services.fees().payments().account(unit, today);
                        for (OpenCharge charge : account.openCharges()) {
                            if (charge.lateFeeOpen().isPositive()) {
                                db.services.fees().adjustments().waiveLateFee(supervisor, charge.chargeId(),
                                        Money.of(charge.lateFeeOpen().amount().divide(BigDecimal.valueOf(2), 2,
                                                java.math.RoundingMode.DOWN)).max(Money.of("0.01")), "困难户");
                                break;
                            }
                        }
                    } else if (action == 8) {
                        UnitAccount account = db.services.fees().payments().account(unit, today);
                        if (!account.openCharges().isEmpty() && random.nextBoolean()) {
                            db.services.fees().adjustments().writeOff(supervisor, account.openCharges().get(0).chargeId(), "无法收回");
                        } else if (account.prepayment().isPositive()) {
                            db.services.fees().adjustments().refundPrepayment(supervisor, unit, account.prepayment(),
                                    PaymentMethod.TRANSFER, "业主搬离");
                        }
                    } else {
                        db.clock.advance(Duration.ofDays(1 + random.nextInt(20)));
                    }
                } catch (UserFacingException refused) {
                    // a refusal (prepayment cap, drawn prepayment, already void) must leave everything as it was
                }
                checkInvariants(db, units, LocalDate.now(db.clock));
            }
            List<String> numbers = receiptNumbers(db.database.dsl());
            for (String year : List.of("2026", "2027")) {
                List<String> ofYear = numbers.stream().filter(number -> number.startsWith(year)).toList();
                assertThat(ofYear).as("gap-free in " + year).isEqualTo(expectedNumbers(year, ofYear.size()));
            }
        }
    }

    @Test
    void twoTerminalsPayingAtOnceNeverShareOrSkipAReceiptNumber() throws Exception {
        try (TestDatabase db = new TestDatabase(folder)) {
            Actor admin = db.administrator();
            new FeeFixture(db).propertyFee();
            EstateFixture estate = new EstateFixture(db);
            long first = estate.unit("1-1-101", "1", "89.75");
            long second = estate.unit("1-1-102", "1", "89.75");
            db.services.fees().billing().bill(admin, YearMonth.of(2026, 11), Progress.NONE);
            LocalDate today = LocalDate.now(db.clock);
            ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
            CountDownLatch start = new CountDownLatch(1);
            List<Thread> terminals = new ArrayList<>();
            for (long unit : List.of(first, second)) {
                Thread terminal = new Thread(() -> {
                    try {
                        start.await();
                        for (int i = 0; i < 40; i++) {
                            db.services.fees().payments().pay(admin, PaymentRequest.today(unit, Money.of("1.00"), PaymentMethod.CASH, today));
                        }
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                });
                terminals.add(terminal);
                terminal.start();
            }
            start.countDown();
            for (Thread terminal : terminals) {
                terminal.join();
            }

            assertThat(failures).isEmpty();
            assertThat(receiptNumbers(db.database.dsl())).isEqualTo(expectedNumbers("2026", 80));
        }
    }

    private static List<String> receiptNumbers(DSLContext dsl) {
        return dsl.select(FEE_PAYMENT.RECEIPT_NUMBER).from(FEE_PAYMENT).orderBy(FEE_PAYMENT.RECEIPT_NUMBER)
                .fetch(FEE_PAYMENT.RECEIPT_NUMBER);
    }

    private static List<String> expectedNumbers(String year, int count) {
        List<String> numbers = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            numbers.add(String.format("%s-%06d", year, i));
        }
        return numbers;
    }

    /** Recomputed from the raw rows with SQL, not through the services' own ledger reading ({@link LedgerChecks}). */
    static void checkInvariants(TestDatabase db, List<Long> units, LocalDate today) {
        LedgerChecks.all(db, units, today);
    }
}
