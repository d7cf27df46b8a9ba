package org.sitedesk.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.settings.BackupSettings;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.PermissionDeniedException;
import org.sitedesk.core.users.Role;
import org.sitedesk.support.TestDatabase;
import org.sitedesk.support.TestDatabases;

/**
 * DOMAIN.md "Data safety" 2: a backup every day, kept for a set number of days, in a folder the site
 * chooses (a USB stick), and a warning when the newest is more than a day old.
 */
class DailyBackupTest {
    @TempDir
    Path folder;
    private TestDatabase db;
    private Actor admin;

    @BeforeEach
    void open() {
        db = new TestDatabase(folder.resolve("site"));
        admin = db.administrator();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theFirstStartOfADayBacksUpOnceAndLaterDaysRemoveWhatIsOlderThanTheDaysKept() {
        Path usb = folder.resolve("usb");
        db.services.core().backupSettings().save(admin, usb.toString(), "3");
        Actor clerk = db.userWithRole("li", Role.CLERK);

        assertThat(db.services.backups().takeDailyIfDue(clerk)).isPresent();
        db.clock.advance(Duration.ofHours(2));
        assertThat(db.services.backups().takeDailyIfDue(clerk)).as("second start the same day").isEmpty();
        assertThat(db.services.backups().status().backups()).hasSize(1);

        for (int day = 1; day <= 4; day++) {
            db.clock.advance(Duration.ofDays(1));
            assertThat(db.services.backups().takeDailyIfDue(clerk)).isPresent();
        }
        // taken on day 0 at 09:00 and days 1..4 at 11:00; three days kept reach back to day 1, 11:00
        assertThat(db.services.backups().status().backups()).extracting(file -> file.takenAt().toLocalDate().toString())
                .containsExactly("2026-11-27", "2026-11-26", "2026-11-25", "2026-11-24");
        assertThat(Files.exists(usb.resolve("sitedesk-20261123-090000.zip.summary"))
                || Files.exists(usb.resolve("sitedesk-20261123-090000.dump.summary"))).as("summary removed with its backup").isFalse();
        assertThat(db.auditRows()).isPositive();
    }

    @Test
    void theStatusNamesTheNewestBackupAndWarnsWhenItIsOlderThanADay() {
        BackupStatus unchosen = db.services.backups().status();
        assertThat(unchosen.settings().keepDays()).isEqualTo(BackupSettings.DEFAULT_KEEP_DAYS);
        assertThat(unchosen.settings().chosen()).isFalse();
        if (TestDatabases.onH2()) {
            assertThat(unchosen.settings().folder()).isEqualTo(db.database.location().h2File().orElseThrow()
                    .toAbsolutePath().getParent().resolve("backups"));
        }
        // a server database's default folder is shared by every test: this one gets its own
        db.services.core().backupSettings().save(admin, folder.resolve("usb").toAbsolutePath().toString(), "30");
        BackupStatus none = db.services.backups().status();
        assertThat(none.newest()).isEmpty();
        assertThat(none.stale(LocalDateTime.now(db.clock))).as("no backup at all").isTrue();

        BackupService.Backup taken = db.services.backups().takeIntoSiteFolder(admin);
        BackupStatus fresh = db.services.backups().status();
        assertThat(fresh.newest()).hasValueSatisfying(newest -> {
            assertThat(newest.file()).isEqualTo(taken.file());
            assertThat(newest.bytes()).isEqualTo(taken.bytes()).isPositive();
            assertThat(newest.takenAt()).isEqualTo(LocalDateTime.of(2026, 11, 23, 9, 0));
        });
        assertThat(fresh.stale(LocalDateTime.now(db.clock))).isFalse();

        db.clock.advance(Duration.ofHours(25));
        assertThat(db.services.backups().status().stale(LocalDateTime.now(db.clock))).isTrue();
    }

    @Test
    void theBackupSettingsRefuseARelativeFolderAndImpossibleDaysAndOnlyAnAdministratorChangesThem() {
        assertThatThrownBy(() -> db.services.core().backupSettings().save(admin, "backups", "30"))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("error.backup.folderAbsolute");
        assertThatThrownBy(() -> db.services.core().backupSettings().save(admin, "", "0"))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("error.backup.keepDays");
        assertThatThrownBy(() -> db.services.core().backupSettings().save(admin, "", "thirty"))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("error.backup.keepDays");
        Actor cashier = db.userWithRole("qian", Role.CASHIER);
        assertThatThrownBy(() -> db.services.core().backupSettings().save(cashier, "", "7"))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(db.services.core().backupSettings().load().keepDays()).isEqualTo(30);

        int before = db.auditRows();
        Path usb = folder.resolve("usb").toAbsolutePath();
        BackupSettings saved = db.services.core().backupSettings().save(admin, usb.toString(), " 14 ");
        assertThat(saved).isEqualTo(new BackupSettings(usb, true, 14));
        assertThat(db.auditRows()).isEqualTo(before + 1);
        // the shift close backs up into the same folder
        assertThat(db.services.fees().shifts().close(admin).backup()).hasValueSatisfying(file ->
                assertThat(file.getParent()).isEqualTo(usb));

        assertThat(db.services.core().backupSettings().save(admin, "", "14").folder())
                .isEqualTo(db.services.core().backupSettings().defaultFolder());
    }

    @Test
    void takingABackupNowNeedsThePermissionToExportPersonalData() {
        Actor clerk = db.userWithRole("li", Role.CLERK);
        assertThatThrownBy(() -> db.services.backups().takeIntoSiteFolder(clerk)).isInstanceOf(PermissionDeniedException.class);
        assertThat(db.services.backups().takeIntoSiteFolder(db.userWithRole("zhou", Role.ARCHIVIST)).file()).isRegularFile();
    }
}
