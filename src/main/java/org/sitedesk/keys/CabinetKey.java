package org.sitedesk.keys;

import java.time.Instant;
import java.util.Optional;

/**
 * A key the center holds or held: its number, what it opens, the hook it hangs on (none once handed
 * over or lost), how many copies are on the ring, whether it is sealed in an owner's envelope, its
 * state and, while out, its loan.
 */
public record CabinetKey(long id, KeyOpens opens, Optional<Hook> hook, int copies, boolean sealed, KeyState state,
        String note, Optional<KeyLoan> loan) {

    public String number() {
        return KeyNumber.of(id);
    }

    public boolean overdue(Instant now) {
        return loan.map(current -> current.overdue(now)).orElse(false);
    }
}
