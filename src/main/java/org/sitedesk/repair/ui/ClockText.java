package org.sitedesk.repair.ui;

import java.time.Duration;
import java.time.Instant;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.repair.ClockState;
import org.sitedesk.repair.ServiceClock;

/** What a card's clock says: time left, or how long overdue, to the second; on hold, what was left. */
final class ClockText {
    private final Messages messages;

    ClockText(Messages messages) {
        this.messages = messages;
    }

    String of(ServiceClock clock, ClockState state, Instant now, boolean arrival) {
        Duration remaining = clock.remaining(now);
        String left = duration(remaining.abs());
        return switch (state) {
            case OVERDUE -> messages.format(arrival ? "board.clock.arriveOver" : "board.clock.finishOver", left);
            case ON_HOLD -> messages.format("board.clock.held", left);
            case MET -> messages.get("board.clock.met");
            case IN_TIME, AMBER -> messages.format(arrival ? "board.clock.arriveLeft" : "board.clock.finishLeft", left);
        };
    }

    /** h:mm:ss, hours running past a day (a day and a half is 36:00:00). */
    static String duration(Duration duration) {
        long seconds = duration.getSeconds();
        return String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
