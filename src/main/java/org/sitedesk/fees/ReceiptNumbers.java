package org.sitedesk.fees;

import static org.sitedesk.core.db.schema.Tables.RECEIPT_COUNTER;

import org.jooq.DSLContext;

/**
 * Gap-free receipt numbers (DOMAIN.md fees 8): the year's counter row is locked and advanced inside
 * the payment's own transaction, so a payment that rolls back gives its number back and two
 * terminals never take the same one. Format {@code 2026-000123}.
 */
final class ReceiptNumbers {
    private ReceiptNumbers() {
    }

    static String next(DSLContext tx, int year) {
        tx.insertInto(RECEIPT_COUNTER, RECEIPT_COUNTER.RECEIPT_YEAR, RECEIPT_COUNTER.LAST_NUMBER)
                .values(year, 0).onDuplicateKeyIgnore().execute();
        tx.update(RECEIPT_COUNTER).set(RECEIPT_COUNTER.LAST_NUMBER, RECEIPT_COUNTER.LAST_NUMBER.plus(1))
                .where(RECEIPT_COUNTER.RECEIPT_YEAR.eq(year)).execute();
        int number = tx.select(RECEIPT_COUNTER.LAST_NUMBER).from(RECEIPT_COUNTER)
                .where(RECEIPT_COUNTER.RECEIPT_YEAR.eq(year)).fetchOne().value1();
        return String.format("%d-%06d", year, number);
    }
}
