package org.sitedesk.repair;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One service request as stored, with its engineers, holds and return visit. Its two clocks (to
 * arrive, to finish) are computed from it; a complaint's first clock is the reply, due the same day.
 */
public record ServiceRequest(
        long id,
        String number,
        RequestType type,
        Channel channel,
        Location location,
        String reporter,
        String phone,
        String categoryCode,
        String categoryName,
        String description,
        Priority priority,
        Optional<Instant> appointedAt,
        boolean paid,
        RequestState state,
        Optional<RequestState> stateBeforeHold,
        Instant reportedAt,
        String loggedBy,
        Duration arriveLimit,
        Duration finishLimit,
        Optional<Instant> dispatchedAt,
        Optional<Instant> arrivedAt,
        Optional<Completion> completion,
        Optional<Instant> closedAt,
        Optional<Instant> repliedAt,
        String reply,
        String cancelReason,
        List<EngineerRef> engineers,
        List<Hold> holds,
        Optional<ReturnVisit> visit,
        Optional<String> reworkOf) {

    public ServiceRequest {
        engineers = List.copyOf(engineers);
        holds = List.copyOf(holds);
    }

    /** Where both clocks start: the appointed time for an appointment, otherwise the report. */
    public Instant clockStart() {
        return priority == Priority.APPOINTMENT ? appointedAt.orElse(reportedAt) : reportedAt;
    }

    /** 到场 (a complaint's or an enquiry's reply). */
    public ServiceClock arrivalClock() {
        Optional<Instant> met = type == RequestType.REPAIR ? arrivedAt : repliedAt.or(() -> arrivedAt);
        return new ServiceClock(clockStart(), arriveLimit, holds, met);
    }

    /** 完工. */
    public ServiceClock finishClock() {
        return new ServiceClock(clockStart(), finishLimit, holds, completion.map(Completion::at).or(() -> closedAt));
    }

    /** The clock a card shows: arrival until it is met, then completion; none once the work is done. */
    public Optional<ServiceClock> runningClock() {
        if (!state.open() || state == RequestState.DONE || state == RequestState.RETURN_VISIT) {
            return Optional.empty();
        }
        ServiceClock arrival = arrivalClock();
        return Optional.of(arrival.metAt().isEmpty() ? arrival : finishClock());
    }

    /**
     * 回访: a done repair or complaint is visited within {@code within} of its completion (a setting);
     * empty for work not done, or not worked at all.
     */
    public Optional<ServiceClock> visitClock(Duration within) {
        if (!type.worked() || (state != RequestState.DONE && state != RequestState.RETURN_VISIT && visit.isEmpty())) {
            return Optional.empty();
        }
        return completion.map(done -> new ServiceClock(done.at(), within, List.of(), visit.map(ReturnVisit::at)));
    }

    /** Whether either clock is over its limit at {@code now} (open requests only). */
    public boolean overdue(Instant now) {
        return runningClock().map(clock -> clock.state(now) == ClockState.OVERDUE).orElse(false);
    }

    public String engineerNames() {
        return engineers.stream().map(EngineerRef::name).collect(Collectors.joining("、"));
    }

    public boolean onHoldNow() {
        return holds.stream().anyMatch(hold -> hold.until().isEmpty());
    }

    public Optional<Hold> openHold() {
        return holds.stream().filter(hold -> hold.until().isEmpty()).findFirst();
    }
}
