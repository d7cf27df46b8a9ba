package org.sitedesk.keys;

import static org.sitedesk.core.db.schema.Tables.CABINET_KEY;
import static org.sitedesk.core.db.schema.Tables.KEY_CABINET;
import static org.sitedesk.core.db.schema.Tables.KEY_EVENT;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.users.Actor;

/**
 * Reads of the key cabinet: the cabinets, the keys on their hooks with who has the ones out, one key
 * by number, a unit's keys and their history, and the keys out longer than expected.
 */
public final class KeyLookup {
    private final Transactions transactions;
    private final Clock clock;

    KeyLookup(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    public List<Cabinet> cabinets() {
        return transactions.inTransaction(tx -> tx.selectFrom(KEY_CABINET).orderBy(KEY_CABINET.CABINET_CODE)
                .fetch(row -> new Cabinet(row.getId(), row.getCabinetCode(), row.getCabinetName(),
                        row.getPlace() == null ? "" : row.getPlace(), row.getHookCount())));
    }

    /** Every key the center holds (on its hook or out on loan), cabinet by cabinet, hook by hook. */
    public List<CabinetKey> held(Actor actor) {
        KeyAccess.requireCabinet(actor);
        return transactions.inTransaction(tx -> KeyStore.read(tx, CABINET_KEY.KEY_STATE.in(KeyState.IN_CABINET.name(),
                KeyState.LENT.name())));
    }

    /** Every key ever put in the cabinet, handed over and lost ones too: the command line's list. */
    public List<CabinetKey> all(Actor actor) {
        KeyAccess.requireCabinet(actor);
        return transactions.inTransaction(tx -> KeyStore.read(tx, org.jooq.impl.DSL.noCondition()));
    }

    public Optional<CabinetKey> key(Actor actor, String number) {
        KeyAccess.requireCabinet(actor);
        return KeyNumber.parse(number).flatMap(id -> transactions.inTransaction(tx ->
                KeyStore.read(tx, CABINET_KEY.ID.eq(id)).stream().findFirst()));
    }

    /** The keys of one unit, whatever became of them, for its household card. */
    public List<CabinetKey> ofUnit(Actor actor, long unitId) {
        KeyAccess.requireCabinet(actor);
        return transactions.inTransaction(tx -> KeyStore.read(tx, CABINET_KEY.UNIT_ID.eq(unitId)));
    }

    /** What happened to a unit's keys, newest first: an opened envelope shows here with its reason. */
    public List<KeyEvent> historyOfUnit(Actor actor, long unitId) {
        KeyAccess.requireCabinet(actor);
        return transactions.inTransaction(tx -> tx.selectFrom(KEY_EVENT)
                .where(KEY_EVENT.KEY_ID.in(tx.select(CABINET_KEY.ID).from(CABINET_KEY).where(CABINET_KEY.UNIT_ID.eq(unitId))))
                .orderBy(KEY_EVENT.OCCURRED_AT.desc(), KEY_EVENT.ID.desc())
                .fetch(row -> new KeyEvent(row.getKeyId(), row.getOccurredAt().toInstant(), row.getActor(),
                        KeyEventKind.valueOf(row.getEventKind()), row.getNote() == null ? "" : row.getNote())));
    }

    /** Keys out past their expected return, the longest overdue first: the dashboard's list. */
    public List<CabinetKey> overdue(Actor actor) {
        Instant now = clock.instant();
        return held(actor).stream().filter(key -> key.overdue(now))
                .sorted(Comparator.comparing(key -> key.loan().orElseThrow().due())).toList();
    }
}
