package org.sitedesk.repair;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A request as the clerk typed it. {@code reworkOf} names an earlier repair this one comes back to
 * (返修); an appointment carries its time.
 */
public record RequestDraft(
        RequestType type,
        Channel channel,
        Location location,
        String reporter,
        String phone,
        String categoryCode,
        String description,
        Priority priority,
        Optional<LocalDateTime> appointedAt,
        boolean paid,
        Optional<Long> reworkOf) {
}
