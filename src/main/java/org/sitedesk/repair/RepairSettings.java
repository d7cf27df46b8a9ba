package org.sitedesk.repair;

import java.util.List;

/**
 * The site's service levels (DOMAIN.md "Repair service levels"): time limits per priority and
 * category, the days within which a return visit is due, the window in which a new fault on the
 * same thing is a rework, and the targets the figures are measured against.
 */
public record RepairSettings(List<TimeLimit> limits, int returnVisitDays, int reworkWindowDays, int reworkTargetPercent,
        int satisfactionTargetPercent) {
    public static final int DEFAULT_RETURN_VISIT_DAYS = 3;
    public static final int DEFAULT_REWORK_WINDOW_DAYS = 30;
    public static final int DEFAULT_REWORK_TARGET = 1;
    public static final int DEFAULT_SATISFACTION_TARGET = 80;

    public RepairSettings {
        limits = List.copyOf(limits);
    }

    /** The category's own limit for the priority, else the priority's default. */
    public TimeLimit limitFor(Priority priority, String categoryCode) {
        TimeLimit fallback = null;
        for (TimeLimit limit : limits) {
            if (limit.priority() == priority && limit.categoryCode().equals(categoryCode)) {
                return limit;
            }
            if (limit.priority() == priority && limit.categoryCode().equals(TimeLimit.ANY_CATEGORY)) {
                fallback = limit;
            }
        }
        if (fallback == null) {
            throw new IllegalStateException("No time limit for " + priority);
        }
        return fallback;
    }
}
