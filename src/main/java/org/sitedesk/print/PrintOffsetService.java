package org.sitedesk.print;

import static org.sitedesk.core.db.schema.Tables.PRINT_OFFSET;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;

/**
 * The saved offsets of each printout, shared by every terminal on the database. Read at each fill
 * (one primary-key lookup), so a change made in settings applies to the next printout.
 */
public final class PrintOffsetService implements PrintOffsets {
    private final Transactions transactions;
    private final AuditLog audit;

    public PrintOffsetService(Transactions transactions, AuditLog audit) {
        this.transactions = transactions;
        this.audit = audit;
    }

    @Override
    public PrintOffset offsetOf(String printoutId) {
        return transactions.inTransaction(tx -> read(tx, printoutId));
    }

    private static PrintOffset read(DSLContext tx, String printoutId) {
        Record row = tx.select(PRINT_OFFSET.HORIZONTAL_MM, PRINT_OFFSET.VERTICAL_MM).from(PRINT_OFFSET)
                .where(PRINT_OFFSET.PRINTOUT_ID.eq(printoutId)).fetchOne();
        return row == null ? PrintOffset.NONE
                : new PrintOffset(row.get(PRINT_OFFSET.HORIZONTAL_MM), row.get(PRINT_OFFSET.VERTICAL_MM));
    }

    public PrintOffset save(Actor actor, PrintoutType type, PrintOffset wanted) {
        actor.require(Permission.EDIT_SITE_SETTINGS);
        return transactions.inTransaction(tx -> {
            PrintOffset old = read(tx, type.id());
            if (old.equals(wanted)) {
                return old;
            }
            int updated = tx.update(PRINT_OFFSET)
                    .set(PRINT_OFFSET.HORIZONTAL_MM, wanted.horizontalMm())
                    .set(PRINT_OFFSET.VERTICAL_MM, wanted.verticalMm())
                    .where(PRINT_OFFSET.PRINTOUT_ID.eq(type.id())).execute();
            if (updated == 0) {
                tx.insertInto(PRINT_OFFSET).set(PRINT_OFFSET.PRINTOUT_ID, type.id())
                        .set(PRINT_OFFSET.HORIZONTAL_MM, wanted.horizontalMm())
                        .set(PRINT_OFFSET.VERTICAL_MM, wanted.verticalMm()).execute();
            }
            audit.record(tx, actor, PrintAuditAction.OFFSET_CHANGED, type.id(), "offset: "
                    + describe(old) + " → " + describe(wanted));
            return wanted;
        });
    }

    private static String describe(PrintOffset offset) {
        return offset.horizontalMm().toPlainString() + " mm, " + offset.verticalMm().toPlainString() + " mm";
    }
}
