package org.sitedesk.renovation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.fees.PaymentMethod;
import org.sitedesk.keys.IssuedUnder;
import org.sitedesk.keys.PassBatch;
import org.sitedesk.keys.PassesUnder;

/**
 * Worker passes (施工出入证) from the passes module, issued under the permit's number: they are in the
 * pass register and the access-control list like any other pass, end on the permit's last day, follow
 * an extension and all end at once when the permit ends. They take no deposit of their own: the
 * renovation deposit answers for the works, and the clerk who registers workers keeps no cash drawer.
 */
public final class PermitWorkerPasses implements WorkerPasses {
    /** The pass type the passes module seeds for workers. */
    static final String WORKER_TYPE = "WORKER";

    private final PassesUnder passes;

    public PermitWorkerPasses(PassesUnder passes) {
        this.passes = passes;
    }

    static IssuedUnder under(Renovation permit) {
        return new IssuedUnder("renovation", permit.number());
    }

    @Override
    public String issue(Actor actor, Renovation permit, String holder, LocalDate until) {
        return passes.issue(actor, under(permit), new PassBatch(permit.unitId(), WORKER_TYPE, until, List.of(holder),
                Optional.of(Money.ZERO), PaymentMethod.CASH)).get(0).number();
    }

    @Override
    public void moveEnd(Actor actor, Renovation permit, LocalDate until) {
        passes.moveEnd(actor, under(permit), until);
    }

    @Override
    public void end(Actor actor, Renovation permit, String reason) {
        passes.end(actor, under(permit), reason);
    }
}
