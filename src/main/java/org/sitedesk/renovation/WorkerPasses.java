package org.sitedesk.renovation;

import java.time.LocalDate;
import org.sitedesk.core.users.Actor;

/**
 * Worker passes (施工出入证) tied to a permit (issue 18 item 4): issued until the permit's end,
 * moved when it is extended, all ended at once when it ends early. The passes module provides them;
 * the permit never touches its tables.
 */
public interface WorkerPasses {
    /** Issues one pass to {@code holder} for the permit, valid until {@code until}; returns the pass number. */
    String issue(Actor actor, Renovation permit, String holder, LocalDate until);

    /** The permit was extended (or shortened): its passes still in use now end on {@code until}. */
    void moveEnd(Actor actor, Renovation permit, LocalDate until);

    /** The permit ended (acceptance, stop-work, cancellation): every pass under it ends now. */
    void end(Actor actor, Renovation permit, String reason);
}
