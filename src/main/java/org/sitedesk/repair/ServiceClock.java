package org.sitedesk.repair;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One time limit of a request (to arrive on site, or to finish), computed from an injected clock's
 * instant: it starts at {@code start} (the report, or the appointed time for appointments), runs for
 * {@code limit}, and stops while the request is on hold. Amber at 75 % of the limit, red when over;
 * once the step is done ({@code metAt}) the clock stands still.
 */
public record ServiceClock(Instant start, Duration limit, List<Hold> holds, Optional<Instant> metAt) {
    private static final int AMBER_PERCENT = 75;

    public ServiceClock {
        holds = List.copyOf(holds);
    }

    /** The moment the limit falls due, pushed back by every hold so far. */
    public Instant deadline(Instant now) {
        return start.plus(limit).plus(held(now));
    }

    /** Time counted against the limit: since the start, less holds, up to now or to when it was met. */
    public Duration used(Instant now) {
        Instant end = metAt.orElse(now);
        if (!end.isAfter(start)) {
            return Duration.ZERO;
        }
        Duration used = Duration.between(start, end).minus(held(end));
        return used.isNegative() ? Duration.ZERO : used;
    }

    /** Time left (negative when overdue). */
    public Duration remaining(Instant now) {
        return limit.minus(used(now));
    }

    public ClockState state(Instant now) {
        Duration used = used(now);
        if (metAt.isPresent()) {
            return used.compareTo(limit) <= 0 ? ClockState.MET : ClockState.OVERDUE;
        }
        if (onHold(now)) {
            return ClockState.ON_HOLD;
        }
        if (used.compareTo(limit) > 0) {
            return ClockState.OVERDUE;
        }
        return used.multipliedBy(100).compareTo(limit.multipliedBy(AMBER_PERCENT)) >= 0 ? ClockState.AMBER : ClockState.IN_TIME;
    }

    /** Whether the step was done within its limit (only meaningful once met). */
    public boolean metInTime() {
        return metAt.isPresent() && used(metAt.get()).compareTo(limit) <= 0;
    }

    private boolean onHold(Instant now) {
        return holds.stream().anyMatch(hold -> !hold.from().isAfter(now) && hold.until().map(now::isBefore).orElse(true));
    }

    /** Hold time that fell after the start and before {@code end}. */
    private Duration held(Instant end) {
        Duration total = Duration.ZERO;
        for (Hold hold : holds) {
            Instant from = hold.from().isBefore(start) ? start : hold.from();
            Instant until = hold.until().filter(time -> time.isBefore(end)).orElse(end);
            if (until.isAfter(from)) {
                total = total.plus(Duration.between(from, until));
            }
        }
        return total;
    }
}
