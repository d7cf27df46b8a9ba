package org.sitedesk.repair;

/**
 * One line of the service figures: an engineer, a category or the estate, with the month's
 * requests and the rates {@link ServiceFigures} defines.
 */
public record FigureRow(
        String name,
        int requests,
        Rate onTimeArrival,
        Rate onTimeCompletion,
        Rate rework,
        Rate returnVisits,
        Rate satisfaction,
        Rate sameDayReplies) {
}
