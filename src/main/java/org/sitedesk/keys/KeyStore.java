package org.sitedesk.keys;

import static org.sitedesk.core.db.schema.Tables.CABINET_KEY;
import static org.sitedesk.core.db.schema.Tables.KEY_CABINET;
import static org.sitedesk.core.db.schema.Tables.KEY_EVENT;
import static org.sitedesk.core.db.schema.Tables.KEY_LOAN;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.db.schema.tables.records.KeyLoanRecord;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.users.Actor;
import org.sitedesk.estate.IdType;

/**
 * The key rows every key use case reads and writes through, inside the caller's transaction:
 * reading keys with their hook and open loan, locking one, and writing a history row and an audit
 * entry in the same words.
 */
final class KeyStore {
    private final AuditLog audit;
    private final Clock clock;

    KeyStore(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    static List<CabinetKey> read(DSLContext tx, Condition which) {
        Map<Long, KeyLoan> loans = new HashMap<>();
        tx.selectFrom(KEY_LOAN).where(KEY_LOAN.OUT_KEY_ID.isNotNull())
                .and(KEY_LOAN.KEY_ID.in(tx.select(CABINET_KEY.ID).from(CABINET_KEY).where(which)))
                .forEach(row -> loans.put(row.getKeyId(), loan(row)));
        List<org.jooq.SelectFieldOrAsterisk> fields = new java.util.ArrayList<>(List.of(CABINET_KEY.fields()));
        fields.add(KEY_CABINET.CABINET_CODE);
        return tx.select(fields)
                .from(CABINET_KEY).leftJoin(KEY_CABINET).on(KEY_CABINET.ID.eq(CABINET_KEY.CABINET_ID))
                .where(which)
                .orderBy(KEY_CABINET.CABINET_CODE.nullsLast(), CABINET_KEY.HOOK_NUMBER, CABINET_KEY.ID)
                .fetch(row -> key(row, Optional.ofNullable(loans.get(row.get(CABINET_KEY.ID)))));
    }

    static CabinetKey read(DSLContext tx, long keyId) {
        return read(tx, CABINET_KEY.ID.eq(keyId)).stream().findFirst()
                .orElseThrow(() -> new UserFacingException("error.key.notFound", KeyNumber.of(keyId)));
    }

    /** The key with its row locked until the transaction ends, so two counters act on it one after the other. */
    static CabinetKey locked(DSLContext tx, long keyId) {
        if (tx.select(CABINET_KEY.ID).from(CABINET_KEY).where(CABINET_KEY.ID.eq(keyId)).forUpdate().fetchOne() == null) {
            throw new UserFacingException("error.key.notFound", KeyNumber.of(keyId));
        }
        return read(tx, keyId);
    }

    /**
     * The key's history row, with what the clerk typed (a reason, a purpose, a note, a name) as people
     * read it on the household card, and its audit entry in the audit log's language-neutral words.
     */
    void recorded(DSLContext tx, Actor actor, long keyId, KeyEventKind kind, String note, KeyAuditAction action,
            String summary) {
        event(tx, actor, keyId, kind, note);
        audit.record(tx, actor, action, KeyNumber.of(keyId), summary);
    }

    /** The history row alone, for a change audited once for several keys (a handover). */
    void event(DSLContext tx, Actor actor, long keyId, KeyEventKind kind, String note) {
        tx.insertInto(KEY_EVENT).set(KEY_EVENT.KEY_ID, keyId).set(KEY_EVENT.OCCURRED_AT, OffsetDateTime.now(clock))
                .set(KEY_EVENT.ACTOR, actor.name()).set(KEY_EVENT.EVENT_KIND, kind.name())
                .set(KEY_EVENT.NOTE, note == null || note.isEmpty() ? null : note).execute();
    }

    static KeyLoan loan(KeyLoanRecord row) {
        Borrower borrower = new Borrower(BorrowerKind.valueOf(row.getBorrowerKind()), row.getBorrower(), row.getPhone(),
                row.getIdType() == null ? null : IdType.valueOf(row.getIdType()),
                row.getIdNumber() == null ? "" : row.getIdNumber());
        return new KeyLoan(row.getId(), row.getKeyId(), borrower, row.getPurpose(), row.getLentAt().toInstant(),
                row.getLentBy(), row.getDueAt().toInstant(),
                Optional.ofNullable(row.getReturnedAt()).map(OffsetDateTime::toInstant),
                row.getReturnedBy() == null ? "" : row.getReturnedBy(), row.getLost());
    }

    private static CabinetKey key(Record row, Optional<KeyLoan> loan) {
        Long unitId = row.get(CABINET_KEY.UNIT_ID);
        KeyOpens opens = unitId != null ? KeyOpens.unit(unitId, row.get(CABINET_KEY.OPENS))
                : KeyOpens.area(row.get(CABINET_KEY.COMMON_AREA_ID), row.get(CABINET_KEY.OPENS));
        Optional<Hook> hook = row.get(CABINET_KEY.HOOK_NUMBER) == null ? Optional.empty()
                : Optional.of(new Hook(row.get(KEY_CABINET.CABINET_CODE), row.get(CABINET_KEY.HOOK_NUMBER)));
        String note = row.get(CABINET_KEY.NOTE);
        return new CabinetKey(row.get(CABINET_KEY.ID), opens, hook, row.get(CABINET_KEY.COPIES), row.get(CABINET_KEY.SEALED),
                KeyState.valueOf(row.get(CABINET_KEY.KEY_STATE)), note == null ? "" : note, loan);
    }

    /** A text the clerk typed: trimmed, required or not, at most {@code max} characters, else refused with {@code refusal}. */
    static String text(String value, String refusal, int max, boolean required) {
        String trimmed = value == null ? "" : value.trim();
        if ((required && trimmed.isEmpty()) || trimmed.length() > max) {
            throw new UserFacingException(refusal, max);
        }
        return trimmed;
    }
}
