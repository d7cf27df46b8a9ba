package org.sitedesk.core.db;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.exception.IntegrityConstraintViolationException;

/**
 * Gap-free numbers per year from a locked counter row (receipts, service requests): the row is
 * advanced inside the caller's transaction, so a use case that rolls back gives its number back and
 * two terminals never take the same one.
 */
public final class YearlyNumbers<R extends Record> {
    private final Table<R> table;
    private final TableField<R, Integer> year;
    private final TableField<R, Integer> last;
    private final String format;

    /** {@code format} gets the year and the number, e.g. {@code "%d-%06d"}. */
    public YearlyNumbers(Table<R> table, TableField<R, Integer> year, TableField<R, Integer> last, String format) {
        this.table = table;
        this.year = year;
        this.last = last;
        this.format = format;
    }

    /**
     * Makes sure the year's counter row exists, in a transaction of its own, before any use case's
     * transaction locks it: two terminals taking the year's first number would otherwise both insert it.
     */
    public void prepareYear(Transactions transactions, int wanted) {
        if (transactions.inTransaction(tx -> tx.fetchExists(table, year.eq(wanted)))) {
            return;
        }
        try {
            transactions.run(tx -> tx.insertInto(table, year, last).values(wanted, 0).execute());
        } catch (IntegrityConstraintViolationException otherTerminalWasFirst) {
            // the row is there now, which is all that was wanted
        }
    }

    /** The next number of the year; the caller's transaction holds the counter row's lock until it ends. */
    public String next(DSLContext tx, int wanted) {
        tx.update(table).set(last, last.plus(1)).where(year.eq(wanted)).execute();
        int number = tx.select(last).from(table).where(year.eq(wanted)).fetchOne().value1();
        return String.format(format, wanted, number);
    }
}
