package org.sitedesk.app.sample;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The time each sample step happens at: set before the step, read by the services it is wired
 * to. A copy in another zone reads the same moment.
 */
final class StepClock extends Clock {
    private final ZoneId zone;
    private final Instant[] now;

    StepClock(Clock real) {
        this(real.getZone(), new Instant[] {real.instant()});
    }

    private StepClock(ZoneId zone, Instant[] now) {
        this.zone = zone;
        this.now = now;
    }

    void at(Instant instant) {
        now[0] = instant;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new StepClock(other, now);
    }

    @Override
    public Instant instant() {
        return now[0];
    }
}
