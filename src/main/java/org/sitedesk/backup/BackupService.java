package org.sitedesk.backup;

import static org.sitedesk.core.db.schema.Tables.FEE_PAYMENT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.audit.CoreAuditAction;
import org.sitedesk.core.db.BackupFiles;
import org.sitedesk.core.db.Database;
import org.sitedesk.core.db.DatabaseBackup;
import org.sitedesk.core.db.schema.DefaultSchema;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.settings.BackupSettings;
import org.sitedesk.core.settings.BackupSettingsService;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.estate.EstateService;
import org.sitedesk.estate.Unit;
import org.sitedesk.fees.PaymentService;

/**
 * Backups on demand (DOMAIN.md "Data safety" 2): a consistent copy of the open database with its
 * summary beside it, and backups older than the kept number of days removed from the folder. The
 * summary is what a restore checks against.
 */
public final class BackupService {
    private static final int TRIES = 3;

    private final Database database;
    private final AuditLog audit;
    private final Clock clock;
    private final EstateService units;
    private final PaymentService payments;
    private final BackupSettingsService settings;

    public BackupService(Database database, AuditLog audit, Clock clock, EstateService units, PaymentService payments,
            BackupSettingsService settings) {
        this.database = database;
        this.audit = audit;
        this.clock = clock;
        this.units = units;
        this.payments = payments;
        this.settings = settings;
    }

    /**
     * The day's automatic backup, taken by the first start of a day (DOMAIN.md "Data safety" 2): into
     * the site's backup folder unless one from today is already there, then backups older than the
     * kept days are removed. It is the program's own copy, like the one at shift close, so it asks
     * for no permission; the audit row names who started the program.
     */
    public Optional<Backup> takeDailyIfDue(Actor startedBy) {
        BackupSettings chosen = settings.load();
        LocalDate today = LocalDate.now(clock);
        boolean takenToday = BackupFiles.newestIn(chosen.folder()).flatMap(BackupFiles::takenAt)
                .filter(at -> !at.toLocalDate().isBefore(today)).isPresent();
        if (takenToday) {
            return Optional.empty();
        }
        Backup taken = write(startedBy, chosen.folder(), "daily; ");
        prune(chosen.folder(), chosen.keepDays());
        return Optional.of(taken);
    }

    /** The site's backup folder, the days kept, and the newest backup there. */
    public BackupStatus status() {
        BackupSettings chosen = settings.load();
        return new BackupStatus(chosen, BackupFiles.allIn(chosen.folder()).stream()
                .flatMap(file -> describe(file).stream()).toList());
    }

    /** A backup file as the restore list shows it, if it is named like one of SiteDesk's. */
    public static Optional<BackupStatus.BackupFile> describe(Path file) {
        return BackupFiles.takenAt(file).map(at -> new BackupStatus.BackupFile(file, size(file), at));
    }

    /** Records, in the database just restored, who restored it from which backup. */
    public void recordRestore(Actor actor, Path backup, String outcome) {
        database.transactions().run(tx -> audit.record(tx, actor, CoreAuditAction.DATABASE_RESTORED,
                backup.getFileName().toString(), outcome));
    }

    /**
     * Writes {@code sitedesk-<time>.zip} (H2) or {@code .dump} (PostgreSQL) and its {@code .summary}
     * to {@code folder}. The summary is read before and after the copy; while another counter keeps
     * writing they may differ, and the copy is taken again, so the summary describes the copy.
     */
    public Backup take(Actor actor, Path folder) {
        actor.require(Permission.EXPORT_PERSONAL_DATA);
        return write(actor, folder, "");
    }

    /** {@link #take} into the site's backup folder, then removes the backups older than the kept days there. */
    public Backup takeIntoSiteFolder(Actor actor) {
        BackupSettings chosen = settings.load();
        Backup taken = take(actor, chosen.folder());
        prune(chosen.folder(), chosen.keepDays());
        return taken;
    }

    private Backup write(Actor actor, Path folder, String note) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UserFacingException(e, "error.backup.folder", folder.toString());
        }
        DatabaseBackup copy = new DatabaseBackup(database);
        for (int attempt = 1; ; attempt++) {
            BackupSummary before = summary();
            Path file = copy.fileIn(folder, LocalDateTime.now(clock));
            copy.writeTo(file);
            BackupSummary after = summary();
            if (before.equals(after) || attempt == TRIES) {
                after.write(BackupSummary.besides(file));
                database.transactions().run(tx -> audit.record(tx, actor, CoreAuditAction.BACKUP_TAKEN,
                        file.getFileName().toString(), note + "rows: " + after.rows().values().stream().mapToInt(Integer::intValue).sum()));
                return new Backup(file, size(file), after);
            }
            deleteQuietly(file);
        }
    }

    /**
     * Removes backups (and their summaries) in {@code folder} taken more than {@code days} ago; returns
     * how many. Their age is read from their names, which copying to a USB stick does not change.
     */
    public int prune(Path folder, int days) {
        LocalDateTime before = LocalDateTime.now(clock).minusDays(days);
        int removed = 0;
        try {
            for (Path file : BackupFiles.allIn(folder)) {
                if (BackupFiles.takenAt(file).filter(at -> at.isBefore(before)).isPresent()) {
                    Files.delete(file);
                    deleteQuietly(BackupSummary.besides(file));
                    removed++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return removed;
    }

    /** The newest backup in {@code folder}, if any. */
    public Optional<Backup> newest(Path folder) {
        return BackupFiles.newestIn(folder).map(file -> new Backup(file, size(file), null));
    }

    /** What the database holds now, in the terms of a backup summary. */
    public BackupSummary summary() {
        LocalDate today = LocalDate.now(clock);
        Map<String, Integer> rows = new TreeMap<>();
        Map<String, String> receipts = new TreeMap<>();
        database.transactions().run(tx -> {
            for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
                rows.put(table.getName().toLowerCase(java.util.Locale.ROOT), tx.fetchCount(table));
            }
            lastReceipts(tx, receipts);
        });
        Map<Long, Money> owed = payments.owedByUnit(today);
        Map<String, String> owedByRoom = new TreeMap<>();
        for (Unit unit : units.allUnits()) {
            owedByRoom.put(unit.room().toString(), owed.getOrDefault(unit.id(), Money.ZERO).amount().toPlainString());
        }
        return new BackupSummary(database.schemaVersion(), today, rows, receipts, owedByRoom);
    }

    private static void lastReceipts(DSLContext tx, Map<String, String> receipts) {
        List<String> numbers = tx.select(DSL.max(FEE_PAYMENT.RECEIPT_NUMBER)).from(FEE_PAYMENT)
                .groupBy(DSL.substring(FEE_PAYMENT.RECEIPT_NUMBER, 1, 4)).fetch(0, String.class);
        for (String number : numbers) {
            receipts.put(number.substring(0, 4), number);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover summary is harmless; the next prune removes it
        }
    }

    /** A backup file, its size, and its summary where it was just taken. */
    public record Backup(Path file, long bytes, BackupSummary summary) {
    }
}
