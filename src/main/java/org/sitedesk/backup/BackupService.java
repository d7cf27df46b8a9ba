package org.sitedesk.backup;

import static org.sitedesk.core.db.schema.Tables.FEE_PAYMENT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
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

    public BackupService(Database database, AuditLog audit, Clock clock, EstateService units, PaymentService payments) {
        this.database = database;
        this.audit = audit;
        this.clock = clock;
        this.units = units;
        this.payments = payments;
    }

    /**
     * Writes {@code sitedesk-<time>.zip} (H2) or {@code .dump} (PostgreSQL) and its {@code .summary}
     * to {@code folder}. The summary is read before and after the copy; while another counter keeps
     * writing they may differ, and the copy is taken again, so the summary describes the copy.
     */
    public Backup take(Actor actor, Path folder) {
        actor.require(Permission.EXPORT_PERSONAL_DATA);
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
                        file.getFileName().toString(), "rows: " + after.rows().values().stream().mapToInt(Integer::intValue).sum()));
                return new Backup(file, size(file), after);
            }
            deleteQuietly(file);
        }
    }

    /** Removes backups (and their summaries) in {@code folder} older than {@code days}; returns how many. */
    public int prune(Path folder, int days) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        Instant before = clock.instant().minus(Duration.ofDays(days));
        int removed = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(BackupFiles::isBackup).toList()) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
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
