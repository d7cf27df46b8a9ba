package org.sitedesk.repair;

import java.time.Duration;

/**
 * Minutes to arrive and to finish for a priority, for one category or for all ({@link #ANY_CATEGORY}).
 */
public record TimeLimit(Priority priority, String categoryCode, int arriveMinutes, int finishMinutes) {
    public static final String ANY_CATEGORY = "*";

    public Duration arrive() {
        return Duration.ofMinutes(arriveMinutes);
    }

    public Duration finish() {
        return Duration.ofMinutes(finishMinutes);
    }
}
