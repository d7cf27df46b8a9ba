package org.sitedesk.repair.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sitedesk.repair.ClockState;
import org.sitedesk.repair.ServiceClock;
import org.sitedesk.repair.ServiceRequest;

/**
 * One card on the board: the request, and its running clock as text and state. The clock is
 * refreshed every second, but its properties are only set when what they show changed, so a card
 * that is not on screen or not ticking costs nothing.
 */
public final class RequestCard {
    private final ObjectProperty<ServiceRequest> request;
    private final StringProperty clock = new SimpleStringProperty("");
    private final ObjectProperty<ClockState> clockState = new SimpleObjectProperty<>();
    private boolean visiting;

    RequestCard(ServiceRequest request) {
        this.request = new SimpleObjectProperty<>(request);
    }

    public ServiceRequest request() {
        return request.get();
    }

    void replace(ServiceRequest changed) {
        request.set(changed);
    }

    /**
     * Recomputes the clock (to arrive, to finish, or for done work to be visited within
     * {@code visitWithin}); returns whether anything shown changed.
     */
    boolean refresh(Instant now, ClockText text, Duration visitWithin) {
        ServiceRequest shown = request();
        Optional<ServiceClock> running = shown.runningClock();
        ClockText.Step step = shown.arrivalClock().metAt().isEmpty() ? ClockText.Step.ARRIVE : ClockText.Step.FINISH;
        if (running.isEmpty()) {
            running = shown.visitClock(visitWithin).filter(clock -> clock.metAt().isEmpty());
            step = ClockText.Step.VISIT;
        }
        ClockState state = running.map(clock -> clock.state(now)).orElse(null);
        ClockText.Step counted = step;
        String words = running.map(clock -> text.of(clock, state, now, counted)).orElse("");
        boolean changed = !words.equals(clock.get()) || state != clockState.get();
        visiting = counted == ClockText.Step.VISIT;
        if (changed) {
            clock.set(words);
            clockState.set(state);
        }
        return changed;
    }

    /** The work is late: to arrive or to finish (what the dashboard counts as overdue). */
    public boolean overdue() {
        return clockState.get() == ClockState.OVERDUE && !visiting;
    }

    /** Anything late, the return visit included (the board's overdue filter). */
    public boolean late() {
        return clockState.get() == ClockState.OVERDUE;
    }

    public ReadOnlyStringProperty clockProperty() {
        return clock;
    }

    public ReadOnlyObjectProperty<ClockState> clockStateProperty() {
        return clockState;
    }

    public ReadOnlyObjectProperty<ServiceRequest> requestProperty() {
        return request;
    }
}
