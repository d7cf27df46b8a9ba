package org.sitedesk.fees;

import static org.sitedesk.core.db.schema.Tables.RECEIPT_COUNTER;

import org.jooq.DSLContext;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.db.YearlyNumbers;
import org.sitedesk.core.db.schema.tables.records.ReceiptCounterRecord;

/** Gap-free receipt numbers (DOMAIN.md fees 8), format {@code 2026-000123}. */
final class ReceiptNumbers {
    private static final YearlyNumbers<ReceiptCounterRecord> NUMBERS = new YearlyNumbers<>(RECEIPT_COUNTER,
            RECEIPT_COUNTER.RECEIPT_YEAR, RECEIPT_COUNTER.LAST_NUMBER, "%d-%06d");

    private ReceiptNumbers() {
    }

    static void prepareYear(Transactions transactions, int year) {
        NUMBERS.prepareYear(transactions, year);
    }

    static String next(DSLContext tx, int year) {
        return NUMBERS.next(tx, year);
    }
}
