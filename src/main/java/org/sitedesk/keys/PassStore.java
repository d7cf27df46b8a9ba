package org.sitedesk.keys;

import static org.sitedesk.core.db.schema.Tables.ACCESS_PASS;
import static org.sitedesk.core.db.schema.Tables.PASS_COUNTER;
import static org.sitedesk.core.db.schema.Tables.PASS_TYPE;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.db.YearlyNumbers;
import org.sitedesk.core.db.schema.tables.records.PassCounterRecord;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.estate.Unit;

/** The pass rows every pass use case reads through, and the numbers the counter gives when none is typed. */
final class PassStore {
    private static final YearlyNumbers<PassCounterRecord> NUMBERS = new YearlyNumbers<>(PASS_COUNTER,
            PASS_COUNTER.PASS_YEAR, PASS_COUNTER.LAST_NUMBER, "P%d-%05d");

    private PassStore() {
    }

    static void prepareNumbers(Transactions transactions, int year) {
        NUMBERS.prepareYear(transactions, year);
    }

    /** The next number of the year no pass has, typed ones included (a typed number may look like ours). */
    static String nextNumber(DSLContext tx, int year) {
        String number = NUMBERS.next(tx, year);
        while (tx.fetchExists(ACCESS_PASS, ACCESS_PASS.PASS_NUMBER.eq(number))) {
            number = NUMBERS.next(tx, year);
        }
        return number;
    }

    /** A pass row as issued; the money, if any, is added by the caller once the ledger has it. */
    static long insert(DSLContext tx, String number, PassType type, Unit unit, String holder, Long holderPersonId,
            LocalDate from, LocalDate until, IssuedUnder under, Long reissueOf, String issuedBy, OffsetDateTime now) {
        try {
            return tx.insertInto(ACCESS_PASS)
                    .set(ACCESS_PASS.PASS_NUMBER, number)
                    .set(ACCESS_PASS.TYPE_CODE, type.code())
                    .set(ACCESS_PASS.UNIT_ID, unit.id())
                    .set(ACCESS_PASS.ROOM, unit.room().toString())
                    .set(ACCESS_PASS.HOLDER, holder)
                    .set(ACCESS_PASS.HOLDER_PERSON_ID, holderPersonId)
                    .set(ACCESS_PASS.VALID_FROM, from)
                    .set(ACCESS_PASS.VALID_UNTIL, until)
                    .set(ACCESS_PASS.PASS_STATE, PassState.ISSUED.name())
                    .set(ACCESS_PASS.REISSUE_OF, reissueOf)
                    .set(ACCESS_PASS.UNDER_KIND, under == null ? null : under.kind())
                    .set(ACCESS_PASS.UNDER_REFERENCE, under == null ? null : under.reference())
                    .set(ACCESS_PASS.ISSUED_AT, now)
                    .set(ACCESS_PASS.ISSUED_BY, issuedBy)
                    .returning(ACCESS_PASS.ID).fetchOne().getId();
        } catch (IntegrityConstraintViolationException anotherCounterTookIt) {
            throw new UserFacingException("error.pass.numberUsed", number);
        }
    }

    /** A number typed or read from a card, refused when any pass ever had it: numbers are never used twice. */
    static String unused(DSLContext tx, String typed, int year) {
        if (typed == null || typed.isBlank()) {
            return nextNumber(tx, year);
        }
        String number = PassNumber.parse(typed).orElseThrow(() -> new UserFacingException("error.pass.numberForm", typed.trim()));
        if (tx.fetchExists(ACCESS_PASS, ACCESS_PASS.PASS_NUMBER.eq(number))) {
            throw new UserFacingException("error.pass.numberUsed", number);
        }
        return number;
    }

    static List<Pass> read(DSLContext tx, Condition which) {
        Map<Long, String> numbers = new HashMap<>();
        Map<Long, String> reissuedAs = new HashMap<>();
        tx.select(ACCESS_PASS.REISSUE_OF, ACCESS_PASS.PASS_NUMBER).from(ACCESS_PASS).where(ACCESS_PASS.REISSUE_OF.isNotNull())
                .forEach(row -> reissuedAs.put(row.value1(), row.value2()));
        tx.select(ACCESS_PASS.ID, ACCESS_PASS.PASS_NUMBER).from(ACCESS_PASS)
                .where(ACCESS_PASS.ID.in(tx.select(ACCESS_PASS.REISSUE_OF).from(ACCESS_PASS).where(ACCESS_PASS.REISSUE_OF.isNotNull())))
                .forEach(row -> numbers.put(row.value1(), row.value2()));
        List<org.jooq.SelectFieldOrAsterisk> fields = new java.util.ArrayList<>(List.of(ACCESS_PASS.fields()));
        fields.add(PASS_TYPE.TYPE_NAME);
        return tx.select(fields)
                .from(ACCESS_PASS).join(PASS_TYPE).on(PASS_TYPE.TYPE_CODE.eq(ACCESS_PASS.TYPE_CODE))
                .where(which)
                .orderBy(ACCESS_PASS.ID)
                .fetch(row -> pass(row, numbers, reissuedAs));
    }

    static Optional<Pass> byNumber(DSLContext tx, String number) {
        return PassNumber.parse(number).flatMap(wanted -> read(tx, ACCESS_PASS.PASS_NUMBER.eq(wanted)).stream().findFirst());
    }

    /** The pass with its row locked until the transaction ends. */
    static Pass locked(DSLContext tx, String number) {
        String wanted = PassNumber.normalize(number);
        if (tx.select(ACCESS_PASS.ID).from(ACCESS_PASS).where(ACCESS_PASS.PASS_NUMBER.eq(wanted)).forUpdate().fetchOne() == null) {
            throw new UserFacingException("error.pass.notFound", number == null ? "" : number.trim());
        }
        return byNumber(tx, wanted).orElseThrow();
    }

    static Pass read(DSLContext tx, long id) {
        return read(tx, ACCESS_PASS.ID.eq(id)).get(0);
    }

    private static Pass pass(Record row, Map<Long, String> numbers, Map<Long, String> reissuedAs) {
        long id = row.get(ACCESS_PASS.ID);
        String kind = row.get(ACCESS_PASS.UNDER_KIND);
        return new Pass(id, row.get(ACCESS_PASS.PASS_NUMBER), row.get(ACCESS_PASS.TYPE_CODE), row.get(PASS_TYPE.TYPE_NAME),
                row.get(ACCESS_PASS.UNIT_ID), row.get(ACCESS_PASS.ROOM), row.get(ACCESS_PASS.HOLDER),
                Optional.ofNullable(row.get(ACCESS_PASS.HOLDER_PERSON_ID)), row.get(ACCESS_PASS.VALID_FROM),
                row.get(ACCESS_PASS.VALID_UNTIL), PassState.valueOf(row.get(ACCESS_PASS.PASS_STATE)),
                Optional.ofNullable(row.get(ACCESS_PASS.DEPOSIT_CHARGE_ID)), blank(row.get(ACCESS_PASS.DEPOSIT_RECEIPT)),
                blank(row.get(ACCESS_PASS.FEE_RECEIPT)), blank(row.get(ACCESS_PASS.REFUND_RECEIPT)),
                Optional.ofNullable(row.get(ACCESS_PASS.REISSUE_OF)).map(numbers::get),
                Optional.ofNullable(reissuedAs.get(id)),
                kind == null ? Optional.empty() : Optional.of(new IssuedUnder(kind, row.get(ACCESS_PASS.UNDER_REFERENCE))),
                row.get(ACCESS_PASS.ISSUED_AT).toInstant(), row.get(ACCESS_PASS.ISSUED_BY),
                Optional.ofNullable(row.get(ACCESS_PASS.LOST_AT)).map(OffsetDateTime::toInstant),
                blank(row.get(ACCESS_PASS.LOST_REPORTED_BY)), blank(row.get(ACCESS_PASS.LOST_RECORDED_BY)),
                Optional.ofNullable(row.get(ACCESS_PASS.CLOSED_AT)).map(OffsetDateTime::toInstant),
                blank(row.get(ACCESS_PASS.CLOSE_REASON)));
    }

    private static String blank(String text) {
        return text == null ? "" : text;
    }
}
