package org.sitedesk.repair.ui;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.repair.ClockState;
import org.sitedesk.repair.ServiceClock;

/**
 * What a card's clock says: time left, or how long overdue, to the second; on hold, what was left.
 * The sentences are parsed once: the board formats hundreds of them every second.
 */
final class ClockText {
    private final MessageFormat arriveLeft;
    private final MessageFormat arriveOver;
    private final MessageFormat finishLeft;
    private final MessageFormat finishOver;
    private final MessageFormat held;
    private final MessageFormat visitLeft;
    private final MessageFormat visitOver;
    private final String met;

    ClockText(Messages messages) {
        Locale locale = messages.language().locale();
        arriveLeft = new MessageFormat(messages.get("board.clock.arriveLeft"), locale);
        arriveOver = new MessageFormat(messages.get("board.clock.arriveOver"), locale);
        finishLeft = new MessageFormat(messages.get("board.clock.finishLeft"), locale);
        finishOver = new MessageFormat(messages.get("board.clock.finishOver"), locale);
        held = new MessageFormat(messages.get("board.clock.held"), locale);
        visitLeft = new MessageFormat(messages.get("board.clock.visitLeft"), locale);
        visitOver = new MessageFormat(messages.get("board.clock.visitOver"), locale);
        met = messages.get("board.clock.met");
    }

    /** Which limit a card's clock counts down. */
    enum Step { ARRIVE, FINISH, VISIT }

    String of(ServiceClock clock, ClockState state, Instant now, Step step) {
        Object[] left = {duration(clock.remaining(now).abs())};
        return switch (state) {
            case OVERDUE -> (step == Step.ARRIVE ? arriveOver : step == Step.FINISH ? finishOver : visitOver).format(left);
            case ON_HOLD -> held.format(left);
            case MET -> met;
            case IN_TIME, AMBER -> (step == Step.ARRIVE ? arriveLeft : step == Step.FINISH ? finishLeft : visitLeft)
                    .format(left);
        };
    }

    /** h:mm:ss, hours running past a day (a day and a half is 36:00:00). */
    static String duration(Duration duration) {
        long seconds = duration.getSeconds();
        long hours = seconds / 3600;
        long minutes = seconds / 60 % 60;
        long rest = seconds % 60;
        return hours + (minutes < 10 ? ":0" : ":") + minutes + (rest < 10 ? ":0" : ":") + rest;
    }
}
