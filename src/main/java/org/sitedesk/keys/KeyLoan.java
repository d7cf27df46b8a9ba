package org.sitedesk.keys;

import java.time.Instant;
import java.util.Optional;

/** One loan of a key (借用): to whom, why, from when until when expected back, and when it came back or was lost. */
public record KeyLoan(long id, long keyId, Borrower borrower, String purpose, Instant lentAt, String lentBy, Instant due,
        Optional<Instant> returnedAt, String returnedBy, boolean lost) {

    public boolean out() {
        return returnedAt.isEmpty();
    }

    /** Out longer than expected: the dashboard lists it and the cabinet shows its hook red. */
    public boolean overdue(Instant now) {
        return out() && now.isAfter(due);
    }
}
