package org.sitedesk.bench;

import java.util.Arrays;

/** Medians and percentiles of timings in milliseconds. */
final class Timings {
    private final double[] sorted;

    Timings(double[] millis) {
        this.sorted = millis.clone();
        Arrays.sort(sorted);
    }

    static Timings of(long[] nanos) {
        return new Timings(Arrays.stream(nanos).mapToDouble(nano -> nano / 1e6).toArray());
    }

    double median() {
        return sorted[sorted.length / 2];
    }

    double percentile(int percent) {
        return sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)];
    }

    double max() {
        return sorted[sorted.length - 1];
    }
}
