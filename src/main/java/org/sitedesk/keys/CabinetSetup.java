package org.sitedesk.keys;

import static org.sitedesk.core.db.schema.Tables.CABINET_KEY;
import static org.sitedesk.core.db.schema.Tables.KEY_CABINET;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.db.schema.tables.records.KeyCabinetRecord;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.estate.EstateService;
import org.sitedesk.estate.RoomCode;
import org.sitedesk.repair.CommonArea;
import org.sitedesk.repair.RepairSettingsService;

/**
 * Setting the key cabinet up (DESIGN.md module 2): cabinets with their numbered hooks, keys put on a
 * free hook with what they open, keys moved to another hook. A supervisor's work ({@code MANAGE_KEYS}).
 */
public final class CabinetSetup {
    private static final int MAX_NAME = 60;
    private static final int MAX_NOTE = 200;
    private static final int MAX_HOOKS = 999;
    private static final int MAX_COPIES = 99;

    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;
    private final KeyStore store;
    private final EstateService units;
    private final RepairSettingsService areas;

    CabinetSetup(Transactions transactions, AuditLog audit, Clock clock, KeyStore store, EstateService units,
            RepairSettingsService areas) {
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.store = store;
        this.units = units;
        this.areas = areas;
    }

    public Cabinet addCabinet(Actor actor, String code, String name, String place, int hooks) {
        actor.require(Permission.MANAGE_KEYS);
        String wanted = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (!wanted.matches("[A-Z0-9]{1,8}")) {
            throw new UserFacingException("error.cabinet.code");
        }
        String title = KeyStore.text(name, "error.cabinet.name", MAX_NAME, true);
        String where = KeyStore.text(place, "error.cabinet.name", MAX_NAME, false);
        if (hooks < 1 || hooks > MAX_HOOKS) {
            throw new UserFacingException("error.cabinet.hooks", MAX_HOOKS);
        }
        try {
            return transactions.inTransaction(tx -> {
                KeyCabinetRecord row = tx.newRecord(KEY_CABINET);
                row.setCabinetCode(wanted);
                row.setCabinetName(title);
                row.setPlace(where.isEmpty() ? null : where);
                row.setHookCount(hooks);
                row.setCreatedAt(OffsetDateTime.now(clock));
                row.store();
                audit.record(tx, actor, KeyAuditAction.CABINET_ADDED, wanted, "name: " + title + "; hooks: " + hooks);
                return new Cabinet(row.getId(), wanted, title, where, hooks);
            });
        } catch (IntegrityConstraintViolationException sameCode) {
            throw new UserFacingException("error.cabinet.exists", wanted);
        }
    }

    /**
     * What a typed place names: a room code of the estate ({@code 3-2-1502}) or, failing that, an
     * active common area by its name ({@code 水泵房}). Empty when it names neither.
     */
    public Optional<KeyOpens> opens(String typed) {
        String text = typed == null ? "" : typed.trim();
        Optional<RoomCode> room = RoomCode.parse(text);
        if (room.isPresent()) {
            Optional<KeyOpens> unit = units.unit(room.get()).map(found -> KeyOpens.unit(found.id(), found.room().toString()));
            if (unit.isPresent()) {
                return unit;
            }
        }
        return areas.commonAreas().stream().filter(CommonArea::active).filter(area -> area.name().equals(text)).findFirst()
                .map(area -> KeyOpens.area(area.id(), area.name()));
    }

    /** 入柜: a key (or a ring of copies) put on a free hook. */
    public CabinetKey addKey(Actor actor, NewKey key) {
        actor.require(Permission.MANAGE_KEYS);
        if (key.copies() < 1 || key.copies() > MAX_COPIES) {
            throw new UserFacingException("error.key.copies", MAX_COPIES);
        }
        String note = KeyStore.text(key.note(), "error.key.note", MAX_NOTE, false);
        KeyOpens opens = checked(key.opens());
        try {
            return transactions.inTransaction(tx -> {
                Hook hook = freeHook(tx, key.cabinetId(), key.hook(), null);
                long id = tx.insertInto(CABINET_KEY)
                        .set(CABINET_KEY.UNIT_ID, opens.unitId().orElse(null))
                        .set(CABINET_KEY.COMMON_AREA_ID, opens.areaId().orElse(null))
                        .set(CABINET_KEY.OPENS, opens.name())
                        .set(CABINET_KEY.CABINET_ID, key.cabinetId())
                        .set(CABINET_KEY.HOOK_NUMBER, key.hook())
                        .set(CABINET_KEY.COPIES, key.copies())
                        .set(CABINET_KEY.SEALED, key.sealed())
                        .set(CABINET_KEY.KEY_STATE, KeyState.IN_CABINET.name())
                        .set(CABINET_KEY.NOTE, note.isEmpty() ? null : note)
                        .set(CABINET_KEY.ADDED_AT, OffsetDateTime.now(clock))
                        .set(CABINET_KEY.ADDED_BY, actor.name())
                        .returning(CABINET_KEY.ID).fetchOne().getId();
                store.recorded(tx, actor, id, KeyEventKind.ADDED, note, KeyAuditAction.KEY_ADDED, "opens: " + opens.name()
                        + "; hook: " + hook.label() + "; copies: " + key.copies() + (key.sealed() ? "; sealed" : ""));
                return KeyStore.read(tx, id);
            });
        } catch (IntegrityConstraintViolationException anotherCounterWasFirst) {
            throw new UserFacingException("error.key.hookJustTaken");
        }
    }

    /** 换挂钩: a key the center holds moves to another free hook, in this cabinet or another. */
    public CabinetKey moveKey(Actor actor, long keyId, long cabinetId, int hookNumber) {
        actor.require(Permission.MANAGE_KEYS);
        try {
            return transactions.inTransaction(tx -> {
                CabinetKey key = KeyStore.locked(tx, keyId);
                if (!key.state().held()) {
                    throw new UserFacingException("error.key.notHeld", key.number(), key.state());
                }
                Hook to = freeHook(tx, cabinetId, hookNumber, keyId);
                tx.update(CABINET_KEY).set(CABINET_KEY.CABINET_ID, cabinetId).set(CABINET_KEY.HOOK_NUMBER, hookNumber)
                        .where(CABINET_KEY.ID.eq(keyId)).execute();
                String moved = key.hook().map(Hook::label).orElse("") + " → " + to.label();
                store.recorded(tx, actor, keyId, KeyEventKind.MOVED, moved, KeyAuditAction.KEY_MOVED, "hook: " + moved);
                return KeyStore.read(tx, keyId);
            });
        } catch (IntegrityConstraintViolationException anotherCounterWasFirst) {
            throw new UserFacingException("error.key.hookJustTaken");
        }
    }

    /** The hook, if it exists and no other key hangs on it (a key out on loan keeps its hook). */
    private static Hook freeHook(DSLContext tx, long cabinetId, int number, Long movingKey) {
        KeyCabinetRecord cabinet = tx.selectFrom(KEY_CABINET).where(KEY_CABINET.ID.eq(cabinetId)).fetchOptional()
                .orElseThrow(() -> new UserFacingException("error.cabinet.notFound"));
        Hook hook = new Hook(cabinet.getCabinetCode(), number);
        if (number < 1 || number > cabinet.getHookCount()) {
            throw new UserFacingException("error.key.noSuchHook", hook.label(), cabinet.getHookCount());
        }
        Optional<Long> taken = tx.select(CABINET_KEY.ID).from(CABINET_KEY).where(CABINET_KEY.CABINET_ID.eq(cabinetId))
                .and(CABINET_KEY.HOOK_NUMBER.eq(number)).fetchOptional(CABINET_KEY.ID);
        if (taken.isPresent() && !taken.get().equals(movingKey)) {
            throw new UserFacingException("error.key.hookTaken", hook.label(), KeyNumber.of(taken.get()));
        }
        return hook;
    }

    /** The unit or area as the database has it now, so a key never opens a place that is not there. */
    private KeyOpens checked(KeyOpens opens) {
        if (opens == null) {
            throw new UserFacingException("error.key.opensUnknown", "");
        }
        if (opens.unitId().isPresent()) {
            return units.unit(opens.unitId().get()).map(unit -> KeyOpens.unit(unit.id(), unit.room().toString()))
                    .orElseThrow(() -> new UserFacingException("error.key.opensUnknown", opens.name()));
        }
        long areaId = opens.areaId().orElseThrow(() -> new UserFacingException("error.key.opensUnknown", opens.name()));
        return areas.commonAreas().stream().filter(area -> area.id() == areaId && area.active()).findFirst()
                .map(area -> KeyOpens.area(area.id(), area.name()))
                .orElseThrow(() -> new UserFacingException("error.key.opensUnknown", opens.name()));
    }
}
