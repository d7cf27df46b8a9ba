package org.sitedesk.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock tests move by hand. The site's zone is Shanghai, as at a real service center. */
public final class MutableClock extends Clock {
    public static final ZoneId SITE_ZONE = ZoneId.of("Asia/Shanghai");

    private Instant now;
    private final ZoneId zone;

    public MutableClock(Instant start) {
        this(start, SITE_ZONE);
    }

    private MutableClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    /** 2026-11-23 09:00 in Shanghai. */
    public static MutableClock atNineOnAMonday() {
        return new MutableClock(Instant.parse("2026-11-23T01:00:00Z"));
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MutableClock(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
