package org.sitedesk.keys;

import static org.sitedesk.core.db.schema.Tables.ACCESS_PASS;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jooq.impl.DSL;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.estate.NaturalOrder;
import org.sitedesk.estate.files.TableWriter;
import org.sitedesk.fees.DepositBalance;
import org.sitedesk.fees.OneOffCharges;

/**
 * 出入证登记: every pass ever issued, lost ones included (挂失作废, never valid again), read with the
 * status each has on a day: the valid list, the passes about to expire, one unit's passes, and the
 * list of valid and invalid card numbers a site's access-control (门禁) system imports.
 */
public final class PassRegister {
    /** The access-control file's header: the number, whether a gate should open for it, and why not. */
    public static final List<String> ACCESS_HEADER = List.of("card_number", "status", "type", "room", "valid_from",
            "valid_until", "reason");

    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;
    private final OneOffCharges charges;

    PassRegister(Transactions transactions, AuditLog audit, Clock clock, OneOffCharges charges) {
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.charges = charges;
    }

    public Optional<Pass> find(Actor actor, String number) {
        actor.require(Permission.ISSUE_PASSES);
        return transactions.inTransaction(tx -> PassStore.byNumber(tx, number));
    }

    /** The register filtered as the screen asks, by status today, ordered by room then number. */
    public List<Pass> list(Actor actor, PassFilter filter) {
        actor.require(Permission.ISSUE_PASSES);
        LocalDate today = LocalDate.now(clock);
        String text = filter.text() == null ? "" : filter.text().trim().toUpperCase(Locale.ROOT);
        return sorted(transactions.inTransaction(tx -> PassStore.read(tx, DSL.noCondition())).stream()
                .filter(pass -> filter.typeCode().map(pass.typeCode()::equals).orElse(true))
                .filter(pass -> filter.status().map(status -> pass.status(today) == status).orElse(true))
                .filter(pass -> filter.expiringWithinDays().map(days -> expiresWithin(pass, today, days)).orElse(true))
                .filter(pass -> text.isEmpty() || pass.number().contains(text) || pass.room().toUpperCase(Locale.ROOT).contains(text)
                        || pass.holder().toUpperCase(Locale.ROOT).contains(text))
                .toList());
    }

    public List<Pass> ofUnit(Actor actor, long unitId) {
        actor.require(Permission.ISSUE_PASSES);
        return transactions.inTransaction(tx -> PassStore.read(tx, ACCESS_PASS.UNIT_ID.eq(unitId)));
    }

    /** The passes a gate should open for on {@code day}: issued, within their dates, not lost, returned or ended. */
    public List<Pass> validOn(Actor actor, LocalDate day) {
        actor.require(Permission.ISSUE_PASSES);
        return sorted(transactions.inTransaction(tx -> PassStore.read(tx, ACCESS_PASS.PASS_STATE.eq(PassState.ISSUED.name())))
                .stream().filter(pass -> pass.validOn(day)).toList());
    }

    /** Every pass, each with its status on {@code day}: the command line's list. */
    public List<Pass> all(Actor actor) {
        actor.require(Permission.ISSUE_PASSES);
        return sorted(transactions.inTransaction(tx -> PassStore.read(tx, DSL.noCondition())));
    }

    /** Valid today and ending within {@code days} days (today counts): the dashboard's and the filter's list, soonest first. */
    public List<Pass> expiring(Actor actor, int days) {
        actor.require(Permission.ISSUE_PASSES);
        LocalDate today = LocalDate.now(clock);
        return transactions.inTransaction(tx -> PassStore.read(tx, ACCESS_PASS.PASS_STATE.eq(PassState.ISSUED.name())
                        .and(ACCESS_PASS.VALID_UNTIL.between(today, today.plusDays(days)))))
                .stream().filter(pass -> expiresWithin(pass, today, days))
                .sorted(Comparator.comparing(Pass::validUntil).thenComparing(Pass::room, NaturalOrder.INSTANCE)).toList();
    }

    /**
     * What is held of each pass's deposit, by pass id. A deposit moves to the pass reissued for a lost
     * one, so it is shown on the newest pass naming it and as nothing on those before.
     */
    public Map<Long, Money> depositsHeld(List<Pass> passes) {
        List<Long> chargeIds = passes.stream().flatMap(pass -> pass.depositChargeId().stream()).distinct().toList();
        Map<Long, DepositBalance> balances = charges.deposits(chargeIds);
        Map<Long, Long> carrier = transactions.inTransaction(tx -> {
            Map<Long, Long> newest = new HashMap<>();
            tx.select(ACCESS_PASS.DEPOSIT_CHARGE_ID, DSL.max(ACCESS_PASS.ID)).from(ACCESS_PASS)
                    .where(ACCESS_PASS.DEPOSIT_CHARGE_ID.in(chargeIds)).groupBy(ACCESS_PASS.DEPOSIT_CHARGE_ID)
                    .forEach(row -> newest.put(row.value1(), row.value2()));
            return newest;
        });
        Map<Long, Money> held = new HashMap<>();
        for (Pass pass : passes) {
            Money amount = pass.depositChargeId()
                    .filter(charge -> Long.valueOf(pass.id()).equals(carrier.get(charge)))
                    .map(charge -> Optional.ofNullable(balances.get(charge)).map(DepositBalance::held).orElse(Money.ZERO))
                    .orElse(Money.ZERO);
            held.put(pass.id(), amount);
        }
        return held;
    }

    /**
     * The rows of the access-control list on {@code day}: every number ever issued, {@code valid} or
     * {@code invalid} with the reason (lost, returned, ended, expired, not yet valid), in number order.
     */
    public List<List<String>> accessRows(Actor actor, LocalDate day) {
        List<List<String>> rows = new ArrayList<>();
        for (Pass pass : all(actor).stream().sorted(Comparator.comparing(Pass::number)).toList()) {
            PassStatus status = pass.status(day);
            rows.add(List.of(pass.number(), status == PassStatus.VALID ? "valid" : "invalid", pass.typeCode(), pass.room(),
                    pass.validFrom().toString(), pass.validUntil().toString(), status == PassStatus.VALID ? "" : status.word()));
        }
        return rows;
    }

    /** Writes the access-control list of today as CSV (or XLSX by the file's name); audited, as every export is. */
    public int exportForAccessControl(Actor actor, Path file) {
        LocalDate today = LocalDate.now(clock);
        List<List<String>> rows = accessRows(actor, today);
        try {
            TableWriter.write(file, ACCESS_HEADER, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long valid = rows.stream().filter(row -> "valid".equals(row.get(1))).count();
        transactions.run(tx -> audit.record(tx, actor, KeyAuditAction.PASSES_EXPORTED, file.getFileName().toString(),
                "rows: " + rows.size() + "; valid: " + valid + "; on: " + today));
        return rows.size();
    }

    private static boolean expiresWithin(Pass pass, LocalDate today, int days) {
        return pass.validOn(today) && !pass.validUntil().isAfter(today.plusDays(days));
    }

    private static List<Pass> sorted(List<Pass> passes) {
        return passes.stream().sorted(Comparator.comparing(Pass::room, NaturalOrder.INSTANCE).thenComparing(Pass::number))
                .toList();
    }
}
