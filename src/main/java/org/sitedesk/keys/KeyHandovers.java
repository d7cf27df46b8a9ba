package org.sitedesk.keys;

import static org.sitedesk.core.db.schema.Tables.CABINET_KEY;
import static org.sitedesk.core.db.schema.Tables.KEY_HANDOVER;
import static org.sitedesk.core.db.schema.Tables.KEY_HANDOVER_LINE;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.db.schema.tables.records.KeyHandoverRecord;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.DisplayNames;
import org.sitedesk.core.users.Permission;
import org.sitedesk.estate.EstateService;
import org.sitedesk.estate.Unit;

/**
 * 交房 (issue 16 item 1): every key the cabinet holds for a unit goes to the new owner, each counted
 * out (the count the owner signs for beside the count on record); the keys leave their hooks for good
 * and the key handover form (钥匙交接单) prints from what was recorded.
 */
public final class KeyHandovers {
    private static final int MAX_NAME = 100;
    private static final int MAX_NOTE = 200;
    private static final int MAX_COPIES = 99;

    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;
    private final KeyStore store;
    private final EstateService units;

    KeyHandovers(Transactions transactions, AuditLog audit, Clock clock, KeyStore store, EstateService units) {
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.store = store;
        this.units = units;
    }

    /**
     * Hands over the unit's keys. {@code counted} gives, for each key the cabinet holds for the unit,
     * the copies counted out; every such key must be counted and on its hook (a key out comes back first).
     */
    public KeyHandover handOver(Actor actor, long unitId, String receivedBy, Map<Long, Integer> counted, String note) {
        actor.require(Permission.LEND_KEYS);
        Unit unit = units.unit(unitId).orElseThrow(() -> new UserFacingException("error.unit.notFound", unitId));
        String receiver = KeyStore.text(receivedBy, "error.handover.receivedBy", MAX_NAME, true);
        String remark = KeyStore.text(note, "error.key.note", MAX_NOTE, false);
        return transactions.inTransaction(tx -> {
            List<CabinetKey> keys = new ArrayList<>();
            for (CabinetKey held : KeyStore.read(tx, CABINET_KEY.UNIT_ID.eq(unitId)
                    .and(CABINET_KEY.KEY_STATE.in(KeyState.IN_CABINET.name(), KeyState.LENT.name())))) {
                keys.add(KeyStore.locked(tx, held.id()));
            }
            if (keys.isEmpty()) {
                throw new UserFacingException("error.handover.noKeys", unit.room());
            }
            for (CabinetKey key : keys) {
                if (key.state() == KeyState.LENT) {
                    throw new UserFacingException("error.handover.keyOut", key.number(), key.loan().orElseThrow().borrower().name());
                }
                Integer copies = counted.get(key.id());
                if (copies == null || copies < 1 || copies > MAX_COPIES) {
                    throw new UserFacingException("error.handover.count", key.number(), MAX_COPIES);
                }
            }
            KeyHandoverRecord row = tx.newRecord(KEY_HANDOVER);
            row.setUnitId(unitId);
            row.setHandedAt(OffsetDateTime.now(clock));
            row.setHandedBy(actor.name());
            row.setReceivedBy(receiver);
            row.setNote(remark.isEmpty() ? null : remark);
            row.store();
            for (CabinetKey key : keys) {
                int copies = counted.get(key.id());
                tx.insertInto(KEY_HANDOVER_LINE).set(KEY_HANDOVER_LINE.HANDOVER_ID, row.getId())
                        .set(KEY_HANDOVER_LINE.KEY_ID, key.id()).set(KEY_HANDOVER_LINE.COPIES_ON_RECORD, key.copies())
                        .set(KEY_HANDOVER_LINE.COPIES_HANDED, copies).execute();
                tx.update(CABINET_KEY).set(CABINET_KEY.KEY_STATE, KeyState.HANDED_OVER.name()).setNull(CABINET_KEY.CABINET_ID)
                        .setNull(CABINET_KEY.HOOK_NUMBER).set(CABINET_KEY.SEALED, false).where(CABINET_KEY.ID.eq(key.id()))
                        .execute();
                store.event(tx, actor, key.id(), KeyEventKind.HANDED_OVER, receiver);
            }
            audit.record(tx, actor, KeyAuditAction.KEYS_HANDED_OVER, unit.room().toString(), "received_by: " + receiver
                    + "; keys: " + keys.stream().map(key -> key.number() + "×" + counted.get(key.id())
                            + (counted.get(key.id()) == key.copies() ? "" : " (" + key.copies() + " on record)"))
                            .collect(Collectors.joining(", ")));
            return read(tx, row.getId());
        });
    }

    /** The unit's handovers, newest first (usually one), for reprinting the form. */
    public List<KeyHandover> ofUnit(long unitId) {
        return transactions.inTransaction(tx -> tx.select(KEY_HANDOVER.ID).from(KEY_HANDOVER)
                .where(KEY_HANDOVER.UNIT_ID.eq(unitId)).orderBy(KEY_HANDOVER.ID.desc()).fetch(KEY_HANDOVER.ID)
                .stream().map(id -> read(tx, id)).toList());
    }

    public Optional<KeyHandover> latest(long unitId) {
        return ofUnit(unitId).stream().findFirst();
    }

    private KeyHandover read(DSLContext tx, long id) {
        KeyHandoverRecord row = tx.selectFrom(KEY_HANDOVER).where(KEY_HANDOVER.ID.eq(id)).fetchOne();
        List<HandedKey> keys = tx.select(KEY_HANDOVER_LINE.KEY_ID, CABINET_KEY.OPENS, KEY_HANDOVER_LINE.COPIES_ON_RECORD,
                        KEY_HANDOVER_LINE.COPIES_HANDED)
                .from(KEY_HANDOVER_LINE).join(CABINET_KEY).on(CABINET_KEY.ID.eq(KEY_HANDOVER_LINE.KEY_ID))
                .where(KEY_HANDOVER_LINE.HANDOVER_ID.eq(id)).orderBy(KEY_HANDOVER_LINE.KEY_ID)
                .fetch(line -> new HandedKey(line.value1(), line.value2(), line.value3(), line.value4()));
        String room = units.unit(row.getUnitId()).map(unit -> unit.room().toString()).orElse("");
        return new KeyHandover(id, row.getUnitId(), room, row.getHandedAt().toInstant(), row.getHandedBy(),
                DisplayNames.of(tx, row.getHandedBy()), row.getReceivedBy(), row.getNote() == null ? "" : row.getNote(), keys);
    }
}
