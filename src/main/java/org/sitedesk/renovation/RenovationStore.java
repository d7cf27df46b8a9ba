package org.sitedesk.renovation;

import static org.sitedesk.core.db.schema.Tables.ESTATE_UNIT;
import static org.sitedesk.core.db.schema.Tables.RENOVATION;
import static org.sitedesk.core.db.schema.Tables.RENOVATION_COUNTER;
import static org.sitedesk.core.db.schema.Tables.RENOVATION_DOCUMENT;
import static org.sitedesk.core.db.schema.Tables.RENOVATION_DOCUMENT_TYPE;
import static org.sitedesk.core.db.schema.Tables.RENOVATION_SCOPE;
import static org.sitedesk.core.db.schema.Tables.RENOVATION_SCOPE_ITEM;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.db.YearlyNumbers;
import org.sitedesk.core.db.schema.tables.records.RenovationCounterRecord;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;

/**
 * What every renovation use case shares: numbers, reading an application with its scope and
 * documents, locking it, refusing a step in the wrong state (naming the state), moving it and
 * writing the audit row in the same transaction.
 */
final class RenovationStore {
    private static final YearlyNumbers<RenovationCounterRecord> NUMBERS = new YearlyNumbers<>(RENOVATION_COUNTER,
            RENOVATION_COUNTER.RENOVATION_YEAR, RENOVATION_COUNTER.LAST_NUMBER, "ZX-%d-%04d");

    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;

    RenovationStore(Transactions transactions, AuditLog audit, Clock clock) {
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    Transactions transactions() {
        return transactions;
    }

    Clock clock() {
        return clock;
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    void prepareNumbers(int year) {
        NUMBERS.prepareYear(transactions, year);
    }

    String nextNumber(DSLContext tx, int year) {
        return NUMBERS.next(tx, year);
    }

    void audit(DSLContext tx, Actor actor, RenovationAuditAction action, Renovation renovation, String summary) {
        audit.record(tx, actor, action, renovation.number(), "room: " + renovation.room() + (summary.isEmpty() ? "" : "; " + summary));
    }

    /** Locks the row for the rest of the transaction and reads it; unknown ids are refused. */
    Renovation locked(DSLContext tx, long id) {
        if (tx.select(RENOVATION.ID).from(RENOVATION).where(RENOVATION.ID.eq(id)).forUpdate().fetchOne() == null) {
            throw new UserFacingException("error.renovation.notFound", id);
        }
        return read(tx, id);
    }

    /** Refuses unless the application is in one of {@code allowed}, naming where it stands. */
    static void require(Renovation renovation, RenovationState first, RenovationState... rest) {
        Set<RenovationState> allowed = EnumSet.of(first, rest);
        if (!allowed.contains(renovation.state())) {
            throw new UserFacingException("error.renovation.state", renovation.number(), renovation.state());
        }
    }

    void move(DSLContext tx, Renovation renovation, RenovationState to) {
        tx.update(RENOVATION).set(RENOVATION.STATE, to.name()).set(RENOVATION.ROW_VERSION, RENOVATION.ROW_VERSION.plus(1))
                .where(RENOVATION.ID.eq(renovation.id())).execute();
    }

    static Optional<Long> idOf(DSLContext tx, String number) {
        return tx.select(RENOVATION.ID).from(RENOVATION).where(RENOVATION.RENOVATION_NUMBER.eq(number.trim()))
                .fetchOptional(RENOVATION.ID);
    }

    static Renovation read(DSLContext tx, long id) {
        Record row = tx.select(RENOVATION.fields()).select(ESTATE_UNIT.ROOM_CODE).from(RENOVATION)
                .join(ESTATE_UNIT).on(ESTATE_UNIT.ID.eq(RENOVATION.UNIT_ID)).where(RENOVATION.ID.eq(id)).fetchOne();
        if (row == null) {
            throw new UserFacingException("error.renovation.notFound", id);
        }
        return of(tx, row);
    }

    static List<Renovation> read(DSLContext tx, org.jooq.Condition condition) {
        List<Renovation> found = new ArrayList<>();
        tx.select(RENOVATION.fields()).select(ESTATE_UNIT.ROOM_CODE).from(RENOVATION)
                .join(ESTATE_UNIT).on(ESTATE_UNIT.ID.eq(RENOVATION.UNIT_ID)).where(condition)
                .orderBy(RENOVATION.ID).forEach(row -> found.add(of(tx, row)));
        return found;
    }

    private static Renovation of(DSLContext tx, Record row) {
        long id = row.get(RENOVATION.ID);
        List<ScopeItem> scope = tx.select(RENOVATION_SCOPE_ITEM.fields()).from(RENOVATION_SCOPE)
                .join(RENOVATION_SCOPE_ITEM).on(RENOVATION_SCOPE_ITEM.CODE.eq(RENOVATION_SCOPE.ITEM_CODE))
                .where(RENOVATION_SCOPE.RENOVATION_ID.eq(id)).orderBy(RENOVATION_SCOPE_ITEM.SORT_ORDER)
                .fetch(RenovationLists::scopeItem);
        List<FiledDocument> documents = tx.select(RENOVATION_DOCUMENT.TYPE_CODE, RENOVATION_DOCUMENT_TYPE.NAME,
                        RENOVATION_DOCUMENT.SCAN_HASH, RENOVATION_DOCUMENT.SCAN_TYPE).from(RENOVATION_DOCUMENT)
                .join(RENOVATION_DOCUMENT_TYPE).on(RENOVATION_DOCUMENT_TYPE.CODE.eq(RENOVATION_DOCUMENT.TYPE_CODE))
                .where(RENOVATION_DOCUMENT.RENOVATION_ID.eq(id)).orderBy(RENOVATION_DOCUMENT_TYPE.SORT_ORDER)
                .fetch(doc -> new FiledDocument(doc.value1(), doc.value2(), Optional.ofNullable(doc.value3()),
                        Optional.ofNullable(doc.value4())));
        Optional<Long> deposit = Optional.ofNullable(row.get(RENOVATION.DEPOSIT_CHARGE_ID));
        List<Long> charges = Stream.of(row.get(RENOVATION.DEPOSIT_CHARGE_ID), row.get(RENOVATION.MANAGEMENT_CHARGE_ID),
                row.get(RENOVATION.DEBRIS_CHARGE_ID)).filter(java.util.Objects::nonNull).toList();
        return new Renovation(id, row.get(RENOVATION.RENOVATION_NUMBER), row.get(RENOVATION.UNIT_ID),
                row.get(ESTATE_UNIT.ROOM_CODE), row.get(RENOVATION.APPLICANT),
                ApplicantKind.valueOf(row.get(RENOVATION.APPLICANT_KIND)), blank(row.get(RENOVATION.APPLICANT_PHONE)),
                row.get(RENOVATION.CONTRACTOR), blank(row.get(RENOVATION.CONTRACTOR_LICENCE)),
                blank(row.get(RENOVATION.CONTRACTOR_CONTACT)), row.get(RENOVATION.PLANNED_FROM), row.get(RENOVATION.PLANNED_TO),
                RenovationState.valueOf(row.get(RENOVATION.STATE)), Optional.ofNullable(row.get(RENOVATION.REVIEW_REASON)),
                row.get(RENOVATION.FILED_TO_ARCHIVE), Optional.ofNullable(row.get(RENOVATION.DEPOSIT)).map(Money::of),
                charges, deposit, Optional.ofNullable(row.get(RENOVATION.VALID_FROM)),
                Optional.ofNullable(row.get(RENOVATION.VALID_TO)), Optional.ofNullable(row.get(RENOVATION.END_REASON)),
                Optional.ofNullable(row.get(RENOVATION.REFUND_AMOUNT)).map(Money::of),
                Optional.ofNullable(row.get(RENOVATION.REFUND_RECEIPT)), scope, documents, row.get(RENOVATION.ROW_VERSION));
    }

    static String text(String value, String errorKey, int max, boolean required) {
        String text = value == null ? "" : value.trim();
        if ((required && text.isEmpty()) || text.length() > max) {
            throw new UserFacingException(errorKey, max);
        }
        return text;
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }
}
