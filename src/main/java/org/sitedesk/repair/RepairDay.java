package org.sitedesk.repair;

import java.util.List;

/**
 * The dispatch board's day for the dashboard: requests logged and completed today, every request
 * still open (not closed or cancelled), and the open ones whose running clock is overdue now,
 * the longest overdue first.
 */
public record RepairDay(int loggedToday, int completedToday, int open, List<ServiceRequest> overdue) {
    public RepairDay {
        overdue = List.copyOf(overdue);
    }
}
