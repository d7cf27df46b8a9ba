package org.sitedesk.estate;

import java.time.LocalDate;
import org.jooq.DSLContext;
import org.sitedesk.core.users.Actor;

/**
 * Told of every ownership transfer (过户) inside the transaction that records it, so what another
 * module keeps about the unit's owners changes with it and commits with it (the archive marks the
 * previous owner's documents). The estate knows nothing of who listens.
 */
@FunctionalInterface
public interface OwnershipTransferListener {
    OwnershipTransferListener NONE = (tx, actor, unitId, on, previousOwners, newOwners) -> { };

    /** The owners named are joined with 、; {@code on} is the new owners' first day. */
    void transferred(DSLContext tx, Actor actor, long unitId, LocalDate on, String previousOwners, String newOwners);
}
