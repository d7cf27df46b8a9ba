package org.sitedesk.repair;

import java.time.Duration;
import java.util.List;

/**
 * The dispatch board's day for the dashboard: requests logged and completed today, every request
 * still open (not closed or cancelled), and the open ones whose running clock is overdue now,
 * the longest overdue first.
 */
public record RepairDay(int loggedToday, int completedToday, int open, List<Overdue> overdue) {
    public RepairDay {
        overdue = List.copyOf(overdue);
    }

    /** An open request past its running clock's limit, and by how much (the board's clock, not the screen's). */
    public record Overdue(ServiceRequest request, Duration by) {
    }
}
