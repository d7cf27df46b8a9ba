package org.sitedesk.keys;

import java.time.Instant;

/** One line of a key's history: what happened, when, by whom, with the reason or note given. */
public record KeyEvent(long keyId, Instant at, String actor, KeyEventKind kind, String note) {

    public String keyNumber() {
        return KeyNumber.of(keyId);
    }
}
