package org.sitedesk.repair;

import java.time.Instant;
import java.util.Optional;

/** 挂起: from when a request waited (for parts, for the owner) and until when; open while it still waits. */
public record Hold(Instant from, Optional<Instant> until, String reason) {
}
