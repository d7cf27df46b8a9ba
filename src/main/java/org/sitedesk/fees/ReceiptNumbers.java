package org.sitedesk.fees;

import static org.sitedesk.core.db.schema.Tables.RECEIPT_COUNTER;

import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.sitedesk.core.db.Transactions;

/**
 * Gap-free receipt numbers (DOMAIN.md fees 8): the year's counter row is locked and advanced inside
 * the payment's own transaction, so a payment that rolls back gives its number back and two
 * terminals never take the same one. Format {@code 2026-000123}.
 */
final class ReceiptNumbers {
    private ReceiptNumbers() {
    }

    /**
     * Makes sure the year's counter row exists, in a transaction of its own, before any payment's
     * transaction locks it: two terminals taking the year's first receipt would otherwise both insert it.
     */
    static void prepareYear(Transactions transactions, int year) {
        if (transactions.inTransaction(tx -> tx.fetchExists(RECEIPT_COUNTER, RECEIPT_COUNTER.RECEIPT_YEAR.eq(year)))) {
            return;
        }
        try {
            transactions.run(tx -> tx.insertInto(RECEIPT_COUNTER, RECEIPT_COUNTER.RECEIPT_YEAR, RECEIPT_COUNTER.LAST_NUMBER)
                    .values(year, 0).execute());
        } catch (IntegrityConstraintViolationException otherTerminalWasFirst) {
            // the row is there now, which is all that was wanted
        }
    }

    /** The next number of the year; the caller's transaction holds the counter row's lock until it ends. */
    static String next(DSLContext tx, int year) {
        tx.update(RECEIPT_COUNTER).set(RECEIPT_COUNTER.LAST_NUMBER, RECEIPT_COUNTER.LAST_NUMBER.plus(1))
                .where(RECEIPT_COUNTER.RECEIPT_YEAR.eq(year)).execute();
        int number = tx.select(RECEIPT_COUNTER.LAST_NUMBER).from(RECEIPT_COUNTER)
                .where(RECEIPT_COUNTER.RECEIPT_YEAR.eq(year)).fetchOne().value1();
        return String.format("%d-%06d", year, number);
    }
}
