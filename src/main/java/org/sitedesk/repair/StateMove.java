package org.sitedesk.repair;

import java.util.Optional;

/**
 * Which moves across the board are allowed, and why the others are refused: the work goes new →
 * dispatched → on site → done → return visit → closed; open work can be put on hold (and comes back
 * to where it was) or cancelled, both with a reason; nothing is closed without its return visit.
 */
public final class StateMove {
    private StateMove() {
    }

    /**
     * What the request has that some moves need; {@code answered} is an enquiry, suggestion or praise
     * with its reply, which closes without being worked.
     */
    public record Facts(boolean hasEngineer, boolean returnVisitRecorded, boolean hasReason, RequestState beforeHold,
            boolean answered) {
        public Facts(boolean hasEngineer, boolean returnVisitRecorded, boolean hasReason, RequestState beforeHold) {
            this(hasEngineer, returnVisitRecorded, hasReason, beforeHold, false);
        }
    }

    /** Empty when {@code from → to} is allowed; otherwise the bundle key of the reason it is refused. */
    public static Optional<String> refusal(RequestState from, RequestState to, Facts facts) {
        if (from == to) {
            return Optional.of("error.request.sameState");
        }
        if (!from.open()) {
            return Optional.of("error.request.finished");
        }
        return switch (to) {
            case DISPATCHED -> from == RequestState.NEW || resumes(from, to, facts)
                    ? require(facts.hasEngineer(), "error.request.noEngineer") : order();
            case ON_SITE -> from == RequestState.DISPATCHED || resumes(from, to, facts) ? Optional.empty() : order();
            case DONE -> from == RequestState.ON_SITE || resumes(from, to, facts) ? Optional.empty() : order();
            case RETURN_VISIT -> from == RequestState.DONE ? Optional.empty() : order();
            case CLOSED -> from == RequestState.RETURN_VISIT || from == RequestState.DONE
                    ? require(facts.returnVisitRecorded(), "error.request.noReturnVisit")
                    : from == RequestState.NEW && facts.answered() ? Optional.empty() : order();
            case ON_HOLD -> from == RequestState.NEW || from == RequestState.DISPATCHED || from == RequestState.ON_SITE
                    ? require(facts.hasReason(), "error.request.holdReason") : Optional.of("error.request.cannotHold");
            case CANCELLED -> from == RequestState.DONE || from == RequestState.RETURN_VISIT
                    ? Optional.of("error.request.cannotCancelDone") : require(facts.hasReason(), "error.request.cancelReason");
            case NEW -> from == RequestState.ON_HOLD && facts.beforeHold() == RequestState.NEW ? Optional.empty() : order();
        };
    }

    /** Leaving a hold goes back to the column the request was in before it. */
    private static boolean resumes(RequestState from, RequestState to, Facts facts) {
        return from == RequestState.ON_HOLD && facts.beforeHold() == to;
    }

    private static Optional<String> require(boolean present, String refusal) {
        return present ? Optional.empty() : Optional.of(refusal);
    }

    private static Optional<String> order() {
        return Optional.of("error.request.order");
    }
}
