package org.sitedesk.keys;

import static org.sitedesk.core.db.schema.Tables.ACCESS_PASS;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.estate.EstateService;
import org.sitedesk.estate.Unit;
import org.sitedesk.fees.CollectedCharge;
import org.sitedesk.fees.OneOffCharges;

/**
 * Passes other features issue under an object of theirs that ends (issue 16 item 6): a renovation
 * permit's worker passes are valid until the permit's end date, follow it when it is moved, and all end
 * at once when the permit ends early. The feature names its object with an {@link IssuedUnder}; it
 * never touches the pass tables itself (DESIGN.md "Features do not reach into each other's tables").
 */
public final class PassesUnder {
    private static final int MAX_NAME = 60;
    private static final int MAX_REASON = 200;

    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;
    private final PassTypes types;
    private final EstateService units;
    private final OneOffCharges charges;

    PassesUnder(Transactions transactions, AuditLog audit, Clock clock, PassTypes types, EstateService units,
            OneOffCharges charges) {
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.types = types;
        this.units = units;
        this.charges = charges;
    }

    /** One pass per holder, valid from today until the object's end date, numbered by the counter; all or none. */
    public List<Pass> issue(Actor actor, IssuedUnder under, PassBatch batch) {
        actor.require(Permission.ISSUE_PASSES);
        PassType type = types.find(batch.typeCode()).filter(PassType::active)
                .orElseThrow(() -> new UserFacingException("error.pass.unknownType", String.valueOf(batch.typeCode())));
        Unit unit = units.unit(batch.unitId()).orElseThrow(() -> new UserFacingException("error.unit.notFound", batch.unitId()));
        LocalDate today = LocalDate.now(clock);
        if (batch.until() == null || batch.until().isBefore(today)) {
            throw new UserFacingException("error.pass.untilPast", today);
        }
        if (batch.holders().isEmpty()) {
            throw new UserFacingException("error.pass.holder", MAX_NAME);
        }
        List<String> holders = batch.holders().stream().map(name -> KeyStore.text(name, "error.pass.holder", MAX_NAME, true))
                .toList();
        Money deposit = batch.depositEach().orElse(type.deposit());
        if (deposit.isNegative()) {
            throw new UserFacingException("error.pass.deposit");
        }
        if (deposit.isPositive()) {
            actor.require(Permission.TAKE_PAYMENTS);
            charges.prepareReceipts();
        }
        PassStore.prepareNumbers(transactions, today.getYear());
        return transactions.inTransaction(tx -> {
            List<Pass> issued = new ArrayList<>();
            for (String holder : holders) {
                String number = PassStore.nextNumber(tx, today.getYear());
                long id = PassStore.insert(tx, number, type, unit, holder, null, today, batch.until(), under, null,
                        actor.name(), OffsetDateTime.now(clock));
                String receipt = "";
                if (deposit.isPositive()) {
                    CollectedCharge taken = charges.takeDeposit(tx, actor, unit,
                            PassDesk.deposit(type, deposit, batch.method(), holder, number));
                    tx.update(ACCESS_PASS).set(ACCESS_PASS.DEPOSIT_CHARGE_ID, taken.chargeId())
                            .set(ACCESS_PASS.DEPOSIT_RECEIPT, taken.receiptNumber()).where(ACCESS_PASS.ID.eq(id)).execute();
                    receipt = "; receipt: " + taken.receiptNumber();
                }
                audit.record(tx, actor, KeyAuditAction.PASS_ISSUED, number, "type: " + type.code() + "; room: " + unit.room()
                        + "; holder: " + holder + "; until: " + batch.until() + "; under: " + label(under) + "; deposit: "
                        + deposit + receipt);
                issued.add(PassStore.read(tx, id));
            }
            return issued;
        });
    }

    /** Every pass ever issued under the object, in the order issued. */
    public List<Pass> passes(IssuedUnder under) {
        return transactions.inTransaction(tx -> PassStore.read(tx, of(under)));
    }

    /**
     * The object's end date moved (a permit extended or shortened): its passes still in use follow it.
     * Returns how many were changed.
     */
    public int moveEnd(Actor actor, IssuedUnder under, LocalDate until) {
        actor.require(Permission.ISSUE_PASSES);
        return transactions.inTransaction(tx -> {
            int changed = tx.update(ACCESS_PASS).set(ACCESS_PASS.VALID_UNTIL, until).where(of(under))
                    .and(ACCESS_PASS.PASS_STATE.eq(PassState.ISSUED.name())).and(ACCESS_PASS.VALID_FROM.le(until)).execute();
            if (changed > 0) {
                audit.record(tx, actor, KeyAuditAction.PASS_DATES_MOVED, label(under), "passes: " + changed + "; until: " + until);
            }
            return changed;
        });
    }

    /**
     * The object ended early (a permit revoked or the work accepted ahead of time): every pass issued
     * under it that is still in use ends now, in one transaction, so no worker pass outlives it. Their
     * deposits stay held until each pass is handed back. Returns how many ended.
     */
    public int end(Actor actor, IssuedUnder under, String reason) {
        actor.require(Permission.ISSUE_PASSES);
        String why = KeyStore.text(reason, "error.pass.endReason", MAX_REASON, true);
        return transactions.inTransaction(tx -> {
            int ended = tx.update(ACCESS_PASS).set(ACCESS_PASS.PASS_STATE, PassState.ENDED.name())
                    .set(ACCESS_PASS.CLOSED_AT, OffsetDateTime.now(clock)).set(ACCESS_PASS.CLOSED_BY, actor.name())
                    .set(ACCESS_PASS.CLOSE_REASON, why)
                    .where(of(under)).and(ACCESS_PASS.PASS_STATE.eq(PassState.ISSUED.name())).execute();
            audit.record(tx, actor, KeyAuditAction.PASSES_ENDED, label(under), "passes: " + ended + "; reason: " + why);
            return ended;
        });
    }

    private static Condition of(IssuedUnder under) {
        return ACCESS_PASS.UNDER_KIND.eq(under.kind()).and(ACCESS_PASS.UNDER_REFERENCE.eq(under.reference()));
    }

    private static String label(IssuedUnder under) {
        return under.kind() + ":" + under.reference();
    }
}
