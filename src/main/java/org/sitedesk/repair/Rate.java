package org.sitedesk.repair;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** A share: {@code count} of {@code of}; a figure with nothing to divide by has no percentage. */
public record Rate(int count, int of) {
    public static final Rate NONE = new Rate(0, 0);

    public Rate {
        if (count < 0 || of < 0 || count > of) {
            throw new IllegalArgumentException(count + " of " + of);
        }
    }

    /** Per cent with one decimal, half up; empty when there is nothing to divide by. */
    public Optional<BigDecimal> percent() {
        if (of == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(of), 1, RoundingMode.HALF_UP));
    }

    /** Whether the share, exactly, is above {@code percent} (no rounding decides a miss). */
    public boolean above(int percent) {
        return of > 0 && count * 100L > (long) percent * of;
    }

    /** Whether the share, exactly, is below {@code percent}. */
    public boolean below(int percent) {
        return of > 0 && count * 100L < (long) percent * of;
    }
}
