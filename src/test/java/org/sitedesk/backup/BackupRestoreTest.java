package org.sitedesk.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.app.Services;
import org.sitedesk.core.Progress;
import org.sitedesk.core.db.Database;
import org.sitedesk.core.db.DatabaseLocation;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.fees.PaymentMethod;
import org.sitedesk.fees.PaymentRequest;
import org.sitedesk.support.EstateFixture;
import org.sitedesk.support.FeeFixture;
import org.sitedesk.support.TestDatabase;
import org.sitedesk.support.TestDatabases;

/**
 * DOMAIN.md "Data safety" 2: a backup taken while the database is open comes back whole, checked
 * against the summary written beside it, and what was in the way is kept aside, never overwritten.
 */
class BackupRestoreTest {
    @TempDir
    Path folder;

    @Test
    void aBackupComesBackWithEveryRowReceiptAndBalanceAsItWas() throws Exception {
        Path backups = folder.resolve("usb");
        BackupService.Backup taken;
        DatabaseLocation original;
        try (TestDatabase db = new TestDatabase(folder.resolve("site"))) {
            original = db.database.location();
            List<Long> units = estateWithPayments(db);
            taken = db.services.backups().take(db.administrator(), backups);
            // what happens after the backup is what a restore loses
            db.services.fees().payments().pay(db.administrator(), PaymentRequest.today(units.get(0), Money.of("10.00"),
                    PaymentMethod.CASH, LocalDate.now(db.clock)));
        }
        assertThat(taken.file()).isRegularFile();
        assertThat(BackupSummary.besides(taken.file())).isRegularFile();
        assertThat(taken.summary().lastReceipts()).containsEntry("2026", "2026-000002");
        assertThat(taken.summary().owedByRoom()).containsEntry("1-1-102", "53.85").containsEntry("1-1-101", "0.00");

        DatabaseLocation target = TestDatabases.onH2() ? original : TestDatabases.empty(folder.resolve("new"));
        List<String> steps = new java.util.ArrayList<>();
        DatabaseRestore.Restored restored = new DatabaseRestore(org.sitedesk.support.MutableClock.atNineOnAMonday())
                .restore(taken.file(), target, opened -> Services.wire(opened, org.sitedesk.support.MutableClock.atNineOnAMonday())
                        .backups().summary(), (done, total) -> steps.add(done + "/" + total));

        assertThat(restored.differences()).isEmpty();
        assertThat(steps).as("the window's progress bar moves through each step").containsExactly("0/4", "1/4", "2/4", "3/4",
                "4/4");
        if (TestDatabases.onH2()) {
            assertThat(restored.safetyCopy()).hasValueSatisfying(copy -> {
                assertThat(copy).isRegularFile();
                assertThat(copy.getFileName().toString()).matches("sitedesk-before-restore-\\d{8}-\\d{6}\\.mv\\.db");
            });
        }
        try (Database back = Database.open(target)) {
            Services services = Services.wire(back, org.sitedesk.support.MutableClock.atNineOnAMonday());
            assertThat(services.fees().payments().receipt("2026-000003")).isEmpty();
            assertThat(services.fees().payments().receipt("2026-000002")).isPresent();
        }
    }

    @Test
    void aRestoreThatDoesNotMatchItsSummarySaysWhereAndAPostgresBackupNeedsAnEmptyDatabase() throws Exception {
        BackupService.Backup taken;
        try (TestDatabase db = new TestDatabase(folder.resolve("site"))) {
            estateWithPayments(db);
            taken = db.services.backups().take(db.administrator(), folder.resolve("backups"));
        }
        Path summary = BackupSummary.besides(taken.file());
        Files.writeString(summary, Files.readString(summary).replace("owed.1-1-102=53.85", "owed.1-1-102=99.00"));

        DatabaseLocation target = TestDatabases.empty(folder.resolve("other"));
        DatabaseRestore restore = new DatabaseRestore(org.sitedesk.support.MutableClock.atNineOnAMonday());
        DatabaseRestore.Restored restored = restore.restore(taken.file(), target,
                opened -> Services.wire(opened, org.sitedesk.support.MutableClock.atNineOnAMonday()).backups().summary());

        assertThat(restored.checked()).isFalse();
        assertThat(restored.differences()).containsExactly("owed 1-1-102: 99.00 → 53.85");
        if (!TestDatabases.onH2()) {
            assertThatThrownBy(() -> restore.restore(taken.file(), target, opened -> null))
                    .isInstanceOf(UserFacingException.class).hasMessageContaining("error.restore.notEmpty");
        }
    }

    @Test
    void backupsOlderThanTheKeptDaysAreRemovedWithTheirSummaries() throws Exception {
        try (TestDatabase db = new TestDatabase(folder.resolve("site"))) {
            Path backups = Files.createDirectories(folder.resolve("backups"));
            Path old = Files.writeString(backups.resolve("sitedesk-20260101-180000.zip"), "old");
            Files.writeString(backups.resolve("sitedesk-20260101-180000.summary"), "old");
            Path notOurs = Files.writeString(backups.resolve("photos.zip"), "keep");
            Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.from(db.clock.instant().minus(java.time.Duration.ofDays(40))));
            Files.setLastModifiedTime(notOurs, java.nio.file.attribute.FileTime.from(db.clock.instant().minus(java.time.Duration.ofDays(40))));

            assertThat(db.services.backups().prune(backups, 30)).isEqualTo(1);
            assertThat(old).doesNotExist();
            assertThat(backups.resolve("sitedesk-20260101-180000.summary")).doesNotExist();
            assertThat(notOurs).exists();
        }
    }

    private static List<Long> estateWithPayments(TestDatabase db) {
        Actor admin = db.administrator();
        new FeeFixture(db).propertyFee();
        EstateFixture estate = new EstateFixture(db);
        long first = estate.unit("1-1-101", "1", "89.75");
        long second = estate.unit("1-1-102", "1", "89.75");
        db.services.fees().billing().bill(admin, YearMonth.of(2026, 11), Progress.NONE);
        LocalDate today = LocalDate.now(db.clock);
        db.services.fees().payments().pay(admin, PaymentRequest.today(first, Money.of("53.85"), PaymentMethod.CASH, today));
        db.services.fees().payments().pay(admin, PaymentRequest.today(second, Money.of("0.01"), PaymentMethod.CASH, today));
        db.services.fees().payments().voidReceipt(admin, "2026-000002", "试一下");
        return List.of(first, second);
    }
}
