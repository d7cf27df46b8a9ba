package org.sitedesk.renovation;

import static org.sitedesk.core.db.schema.Tables.RENOVATION_WORKER;

import java.time.LocalDate;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.users.Actor;

/**
 * Worker passes without a passes module: each pass is numbered after its permit
 * ({@code ZX-2026-0001-03}) and is valid exactly while the permit is, so it follows an extension and
 * ends with the permit by construction; nothing is stored beyond the worker's row.
 */
public final class PermitPassNumbers implements WorkerPasses {
    private final Transactions transactions;

    public PermitPassNumbers(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public String issue(Actor actor, Renovation permit, String holder, LocalDate until) {
        int issued = transactions.inTransaction(tx -> tx.fetchCount(RENOVATION_WORKER,
                RENOVATION_WORKER.RENOVATION_ID.eq(permit.id())));
        return String.format("%s-%02d", permit.number(), issued + 1);
    }

    @Override
    public void moveEnd(Actor actor, Renovation permit, LocalDate until) {
        // valid while the permit is: nothing of its own to move
    }

    @Override
    public void end(Actor actor, Renovation permit, String reason) {
        // ends with the permit's state: nothing of its own to end
    }
}
