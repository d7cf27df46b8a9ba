package org.sitedesk.repair;

import java.time.Instant;
import java.util.Optional;

/** One line of a request's history: who moved it from where to where, when, and with what note. */
public record RequestEvent(Instant at, String actor, Optional<RequestState> from, RequestState to, String note) {
}
