package org.sitedesk.repair;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** Counts one row of the service figures while the month's requests are walked once. */
final class FigureTally {
    private final String name;
    private int requests;
    private int arrivedInTime;
    private int arrivalResults;
    private int finishedInTime;
    private int finishResults;
    private int repairsCompleted;
    private int reworked;
    private int completed;
    private int visited;
    private int satisfied;
    private int complaints;
    private int answeredSameDay;

    FigureTally(String name) {
        this.name = name;
    }

    /** A worked request reported in the month: its clocks and, for a complaint, its reply. */
    void countReported(ServiceRequest request, Instant now, ZoneId zone) {
        requests++;
        Optional<Boolean> arrival = inTime(request.arrivalClock(), now);
        if (arrival.isPresent()) {
            arrivalResults++;
            arrivedInTime += arrival.get() ? 1 : 0;
        }
        Optional<Boolean> finish = inTime(request.finishClock(), now);
        if (finish.isPresent()) {
            finishResults++;
            finishedInTime += finish.get() ? 1 : 0;
        }
        if (request.type() == RequestType.COMPLAINT) {
            SameDayReply reply = SameDayReply.of(request, now, zone);
            if (reply != SameDayReply.PENDING) {
                complaints++;
                answeredSameDay += reply == SameDayReply.YES ? 1 : 0;
            }
        }
    }

    /** A worked request completed in the month: its return visit, and for a repair whether it came back. */
    void countCompleted(ServiceRequest request, boolean cameBack) {
        completed++;
        if (request.visit().isPresent()) {
            visited++;
            satisfied += request.visit().get().satisfaction().satisfied() ? 1 : 0;
        }
        if (request.type() == RequestType.REPAIR) {
            repairsCompleted++;
            reworked += cameBack ? 1 : 0;
        }
    }

    FigureRow row() {
        return new FigureRow(name, requests, new Rate(arrivedInTime, arrivalResults), new Rate(finishedInTime, finishResults),
                new Rate(reworked, repairsCompleted), new Rate(visited, completed), new Rate(satisfied, visited),
                new Rate(answeredSameDay, complaints));
    }

    /**
     * A clock's result: met within its limit or not, or overdue now without being met; empty while
     * it still runs in time (or stands on hold), since that request has not passed or failed yet.
     */
    static Optional<Boolean> inTime(ServiceClock clock, Instant now) {
        if (clock.metAt().isPresent()) {
            return Optional.of(clock.metInTime());
        }
        return clock.state(now) == ClockState.OVERDUE ? Optional.of(false) : Optional.empty();
    }
}
