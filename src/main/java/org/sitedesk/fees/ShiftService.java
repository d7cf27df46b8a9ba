package org.sitedesk.fees;

import static org.sitedesk.core.db.schema.Tables.CASHIER_SHIFT;
import static org.sitedesk.core.db.schema.Tables.FEE_PAYMENT;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.db.Database;
import org.sitedesk.core.db.DatabaseBackup;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.settings.BackupSettingsService;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;

/**
 * 交班: a cashier's shift runs from their last close to now. Closing it writes the shift's row, then
 * makes the database safe on disk ({@code CHECKPOINT SYNC}) and copies it online ({@code BACKUP TO})
 * into the backup folder, so a day's takings survive a lost disk (DOMAIN.md data safety).
 */
public final class ShiftService {
    /** Before any receipt: where a cashier's first shift starts. */
    private static final OffsetDateTime BEGINNING = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, java.time.ZoneOffset.UTC);

    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;
    private final Database database;
    private final PaymentService payments;
    private final BackupSettingsService backupSettings;

    public ShiftService(Transactions transactions, AuditLog audit, Clock clock, Database database, PaymentService payments,
            BackupSettingsService backupSettings) {
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.database = database;
        this.payments = payments;
        this.backupSettings = backupSettings;
    }

    /** The shift still open for this cashier: everything they issued since their last close. */
    public ShiftReport current(Actor actor) {
        actor.require(Permission.TAKE_PAYMENTS);
        OffsetDateTime from = lastClose(actor.name()).orElse(BEGINNING);
        return report(actor.name(), from, OffsetDateTime.now(clock), Optional.empty());
    }

    /** Every receipt recorded on a day, all cashiers: the day's report ({@code print shift DATE}). */
    public ShiftReport day(Actor actor, LocalDate day) {
        actor.require(Permission.VIEW_FEES);
        return report(null, day.atStartOfDay(clock.getZone()).toOffsetDateTime(),
                day.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime(), Optional.empty());
    }

    /** Closes the shift, backing up into the site's backup folder. */
    public ShiftReport close(Actor actor) {
        return close(actor, backupSettings.load().folder());
    }

    public ShiftReport close(Actor actor, Path backupFolder) {
        actor.require(Permission.TAKE_PAYMENTS);
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime from = lastClose(actor.name()).orElse(BEGINNING);
        ShiftReport report = report(actor.name(), from, now, Optional.empty());
        DatabaseBackup copy = new DatabaseBackup(database);
        Path backup = copy.fileIn(backupFolder, now.atZoneSameInstant(clock.getZone()).toLocalDateTime());
        try {
            Files.createDirectories(backupFolder);
        } catch (IOException e) {
            throw new UserFacingException(e, "error.shift.backupFolder", backupFolder.toString());
        }
        transactions.run(tx -> {
            tx.insertInto(CASHIER_SHIFT).set(CASHIER_SHIFT.CASHIER, actor.name())
                    .set(CASHIER_SHIFT.OPENED_AT, from.equals(BEGINNING) ? report.receipts().stream()
                            .map(Receipt::recordedAt).findFirst().orElse(now) : from)
                    .set(CASHIER_SHIFT.CLOSED_AT, now)
                    .set(CASHIER_SHIFT.FIRST_RECEIPT, report.firstNumber().orElse(null))
                    .set(CASHIER_SHIFT.LAST_RECEIPT, report.lastNumber().orElse(null))
                    .set(CASHIER_SHIFT.BACKUP_FILE, backup.toString()).execute();
            audit.record(tx, actor, FeeAuditAction.SHIFT_CLOSED, actor.name(), "receipts: " + report.receipts().size()
                    + "; net: " + report.net().amount().toPlainString() + "; backup: " + backup.getFileName());
        });
        copy.writeTo(backup);
        return new ShiftReport(report.cashier(), report.from(), report.to(), report.receipts(), report.perMethod(),
                Optional.of(backup));
    }

    private Optional<OffsetDateTime> lastClose(String cashier) {
        return transactions.inTransaction(tx -> Optional.ofNullable(tx.select(org.jooq.impl.DSL.max(CASHIER_SHIFT.CLOSED_AT))
                .from(CASHIER_SHIFT).where(CASHIER_SHIFT.CASHIER.eq(cashier)).fetchOne().value1()));
    }

    private ShiftReport report(String cashier, OffsetDateTime from, OffsetDateTime to, Optional<Path> backup) {
        List<Receipt> receipts = payments.issued((cashier == null ? org.jooq.impl.DSL.noCondition()
                : FEE_PAYMENT.CASHIER.eq(cashier)).and(FEE_PAYMENT.RECORDED_AT.gt(from)).and(FEE_PAYMENT.RECORDED_AT.le(to)));
        Map<PaymentMethod, Money> sums = new EnumMap<>(PaymentMethod.class);
        Map<PaymentMethod, Integer> counts = new EnumMap<>(PaymentMethod.class);
        for (Receipt receipt : receipts) {
            if (receipt.voided().isEmpty() && !receipt.refund()) {
                sums.merge(receipt.method(), receipt.amount(), Money::plus);
                counts.merge(receipt.method(), 1, Integer::sum);
            }
        }
        List<MethodTotal> perMethod = new ArrayList<>();
        for (PaymentMethod method : PaymentMethod.values()) {
            perMethod.add(new MethodTotal(method, counts.getOrDefault(method, 0), sums.getOrDefault(method, Money.ZERO)));
        }
        return new ShiftReport(cashier == null ? "" : cashier, from, to, receipts, perMethod, backup);
    }
}
