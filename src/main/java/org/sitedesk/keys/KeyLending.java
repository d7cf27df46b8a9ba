package org.sitedesk.keys;

import static org.sitedesk.core.db.schema.Tables.CABINET_KEY;
import static org.sitedesk.core.db.schema.Tables.KEY_LOAN;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.id.PhoneNumber;
import org.sitedesk.core.id.ResidentIdNumber;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.estate.IdType;

/**
 * The counter's keys (issue 16 items 1–2): lending a key with the borrower's identity checked and an
 * expected return, taking it back, recording it lost (its lock needs changing), and opening or
 * closing an owner's sealed envelope with the reason written to the key's history, the household
 * card and the audit log. A key out is never lent again before it comes back.
 */
public final class KeyLending {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int MAX_NAME = 60;
    private static final int MAX_TEXT = 200;
    private static final int MAX_ID = 40;

    private final Transactions transactions;
    private final Clock clock;
    private final KeyStore store;

    KeyLending(Transactions transactions, Clock clock, KeyStore store) {
        this.transactions = transactions;
        this.clock = clock;
        this.store = store;
    }

    /** 借出: to a member of staff, a contractor or an owner, for a purpose, until a time in the future. */
    public KeyLoan lend(Actor actor, long keyId, LoanDraft draft) {
        actor.require(Permission.LEND_KEYS);
        Borrower borrower = checked(draft.borrower());
        String purpose = KeyStore.text(draft.purpose(), "error.loan.purpose", MAX_TEXT, true);
        Instant now = clock.instant();
        if (draft.due() == null || !draft.due().isAfter(now)) {
            throw new UserFacingException("error.loan.dueFuture");
        }
        try {
            return transactions.inTransaction(tx -> {
                CabinetKey key = KeyStore.locked(tx, keyId);
                refuseUnlessOnItsHook(key);
                long loanId = tx.insertInto(KEY_LOAN)
                        .set(KEY_LOAN.KEY_ID, keyId)
                        .set(KEY_LOAN.OUT_KEY_ID, keyId)
                        .set(KEY_LOAN.BORROWER_KIND, borrower.kind().name())
                        .set(KEY_LOAN.BORROWER, borrower.name())
                        .set(KEY_LOAN.PHONE, borrower.phone())
                        .set(KEY_LOAN.ID_TYPE, borrower.idType() == null ? null : borrower.idType().name())
                        .set(KEY_LOAN.ID_NUMBER, borrower.idNumber().isEmpty() ? null : borrower.idNumber())
                        .set(KEY_LOAN.PURPOSE, purpose)
                        .set(KEY_LOAN.LENT_AT, OffsetDateTime.ofInstant(now, clock.getZone()))
                        .set(KEY_LOAN.LENT_BY, actor.name())
                        .set(KEY_LOAN.DUE_AT, OffsetDateTime.ofInstant(draft.due(), clock.getZone()))
                        .set(KEY_LOAN.LOST, false)
                        .returning(KEY_LOAN.ID).fetchOne().getId();
                setState(tx, keyId, KeyState.LENT);
                store.recorded(tx, actor, keyId, KeyEventKind.LENT, borrower.name() + " · " + purpose,
                        KeyAuditAction.KEY_LENT, "to: " + borrower.name() + " ("
                        + borrower.kind().name() + "); purpose: " + purpose + "; due: " + time(draft.due()));
                return KeyStore.loan(tx.selectFrom(KEY_LOAN).where(KEY_LOAN.ID.eq(loanId)).fetchOne());
            });
        } catch (IntegrityConstraintViolationException lentByAnotherCounter) {
            throw new UserFacingException("error.key.alreadyOut", KeyNumber.of(keyId));
        }
    }

    /** 归还: the key is back on its hook; the loan keeps when it came back and who took it. */
    public KeyLoan giveBack(Actor actor, long keyId) {
        actor.require(Permission.LEND_KEYS);
        return transactions.inTransaction(tx -> {
            CabinetKey key = KeyStore.locked(tx, keyId);
            KeyLoan loan = key.loan().orElseThrow(() -> new UserFacingException("error.key.notOut", key.number()));
            Instant now = clock.instant();
            tx.update(KEY_LOAN).setNull(KEY_LOAN.OUT_KEY_ID).set(KEY_LOAN.RETURNED_AT, OffsetDateTime.ofInstant(now, clock.getZone()))
                    .set(KEY_LOAN.RETURNED_BY, actor.name()).where(KEY_LOAN.ID.eq(loan.id())).execute();
            setState(tx, keyId, KeyState.IN_CABINET);
            store.recorded(tx, actor, keyId, KeyEventKind.RETURNED, loan.borrower().name(), KeyAuditAction.KEY_RETURNED,
                    "from: " + loan.borrower().name()
                    + (loan.overdue(now) ? "; late, due: " + time(loan.due()) : ""));
            return KeyStore.loan(tx.selectFrom(KEY_LOAN).where(KEY_LOAN.ID.eq(loan.id())).fetchOne());
        });
    }

    /**
     * 钥匙遗失: the key is gone for good (out on loan or missing from its hook); its hook is free and the
     * record says the lock needs changing, with the clerk's note.
     */
    public CabinetKey reportLost(Actor actor, long keyId, String note) {
        actor.require(Permission.LEND_KEYS);
        String what = KeyStore.text(note, "error.key.note", MAX_TEXT, false);
        return transactions.inTransaction(tx -> {
            CabinetKey key = KeyStore.locked(tx, keyId);
            if (!key.state().held()) {
                throw new UserFacingException("error.key.notHeld", key.number(), key.state());
            }
            key.loan().ifPresent(loan -> tx.update(KEY_LOAN).setNull(KEY_LOAN.OUT_KEY_ID)
                    .set(KEY_LOAN.RETURNED_AT, OffsetDateTime.now(clock)).set(KEY_LOAN.RETURNED_BY, actor.name())
                    .set(KEY_LOAN.LOST, true).where(KEY_LOAN.ID.eq(loan.id())).execute());
            tx.update(CABINET_KEY).set(CABINET_KEY.KEY_STATE, KeyState.LOST.name()).setNull(CABINET_KEY.CABINET_ID)
                    .setNull(CABINET_KEY.HOOK_NUMBER).set(CABINET_KEY.NOTE, what.isEmpty() ? null : what)
                    .where(CABINET_KEY.ID.eq(keyId)).execute();
            store.recorded(tx, actor, keyId, KeyEventKind.LOST, what, KeyAuditAction.KEY_LOST, "hook: "
                    + key.hook().map(Hook::label).orElse("") + key.loan().map(loan -> "; lent to: " + loan.borrower().name()).orElse("")
                    + "; lock: change" + (what.isEmpty() ? "" : "; note: " + what));
            return KeyStore.read(tx, keyId);
        });
    }

    /** 开封: an owner's sealed envelope is opened, only with a reason, which the household card shows. */
    public CabinetKey openSeal(Actor actor, long keyId, String reason) {
        actor.require(Permission.LEND_KEYS);
        String why = KeyStore.text(reason, "error.key.sealReason", MAX_TEXT, true);
        return transactions.inTransaction(tx -> {
            CabinetKey key = KeyStore.locked(tx, keyId);
            if (!key.sealed()) {
                throw new UserFacingException("error.key.notSealed", key.number());
            }
            tx.update(CABINET_KEY).set(CABINET_KEY.SEALED, false).where(CABINET_KEY.ID.eq(keyId)).execute();
            store.recorded(tx, actor, keyId, KeyEventKind.SEAL_OPENED, why, KeyAuditAction.KEY_SEAL_OPENED, "reason: " + why);
            return KeyStore.read(tx, keyId);
        });
    }

    /** 重新封存: the key is back in a sealed envelope (signed across the flap by the owner). */
    public CabinetKey seal(Actor actor, long keyId, String note) {
        actor.require(Permission.LEND_KEYS);
        String what = KeyStore.text(note, "error.key.note", MAX_TEXT, false);
        return transactions.inTransaction(tx -> {
            CabinetKey key = KeyStore.locked(tx, keyId);
            if (key.sealed()) {
                throw new UserFacingException("error.key.alreadySealed", key.number());
            }
            if (key.state() != KeyState.IN_CABINET) {
                throw new UserFacingException("error.key.notOnHook", key.number(), key.state());
            }
            tx.update(CABINET_KEY).set(CABINET_KEY.SEALED, true).where(CABINET_KEY.ID.eq(keyId)).execute();
            store.recorded(tx, actor, keyId, KeyEventKind.SEALED, what, KeyAuditAction.KEY_SEALED,
                    what.isEmpty() ? "" : "note: " + what);
            return KeyStore.read(tx, keyId);
        });
    }

    private static void refuseUnlessOnItsHook(CabinetKey key) {
        if (key.state() == KeyState.LENT) {
            KeyLoan loan = key.loan().orElseThrow();
            throw new UserFacingException("error.key.out", key.number(), loan.borrower().name());
        }
        if (key.state() != KeyState.IN_CABINET) {
            throw new UserFacingException("error.key.notHeld", key.number(), key.state());
        }
        if (key.sealed()) {
            throw new UserFacingException("error.key.sealedLend", key.number());
        }
    }

    /** Name and phone for everyone; an identity document for anyone but staff, checked (GB 11643 for the ID card). */
    private Borrower checked(Borrower borrower) {
        if (borrower == null || borrower.kind() == null) {
            throw new UserFacingException("error.loan.kind");
        }
        String name = KeyStore.text(borrower.name(), "error.loan.name", MAX_NAME, true);
        String phone = borrower.phone() == null ? "" : borrower.phone().trim();
        if (!PhoneNumber.isValid(phone)) {
            throw new UserFacingException("error.loan.phone", phone);
        }
        if (!borrower.kind().showsId()) {
            return Borrower.staff(name, phone);
        }
        IdType type = borrower.idType() == null ? IdType.RESIDENT_ID : borrower.idType();
        String id = borrower.idNumber() == null ? "" : borrower.idNumber().trim().toUpperCase(java.util.Locale.ROOT);
        if (id.isEmpty()) {
            throw new UserFacingException("error.loan.idRequired", borrower.kind());
        }
        if (id.length() > MAX_ID) {
            throw new UserFacingException("error.loan.idLength", MAX_ID);
        }
        if (type.isChecked()) {
            ResidentIdNumber.check(id, java.time.LocalDate.now(clock)).ifPresent(problem -> {
                throw new UserFacingException(problem.messageKey());
            });
        }
        return new Borrower(borrower.kind(), name, phone, type, id);
    }

    private static void setState(org.jooq.DSLContext tx, long keyId, KeyState state) {
        tx.update(CABINET_KEY).set(CABINET_KEY.KEY_STATE, state.name()).where(CABINET_KEY.ID.eq(keyId)).execute();
    }

    private String time(Instant instant) {
        return instant.atZone(clock.getZone()).format(TIME);
    }
}
