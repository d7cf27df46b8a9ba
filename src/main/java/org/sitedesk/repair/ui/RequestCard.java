package org.sitedesk.repair.ui;

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

    RequestCard(ServiceRequest request) {
        this.request = new SimpleObjectProperty<>(request);
    }

    public ServiceRequest request() {
        return request.get();
    }

    void replace(ServiceRequest changed) {
        request.set(changed);
    }

    /** Recomputes the clock; returns whether anything shown changed. */
    boolean refresh(Instant now, ClockText text) {
        Optional<ServiceClock> running = request().runningClock();
        ClockState state = running.map(clock -> clock.state(now)).orElse(null);
        boolean toArrive = request().arrivalClock().metAt().isEmpty();
        String shown = running.map(clock -> text.of(clock, state, now, toArrive)).orElse("");
        boolean changed = !shown.equals(clock.get()) || state != clockState.get();
        if (changed) {
            clock.set(shown);
            clockState.set(state);
        }
        return changed;
    }

    public boolean overdue() {
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
