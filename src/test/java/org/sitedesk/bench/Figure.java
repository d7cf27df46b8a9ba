package org.sitedesk.bench;

/**
 * One line of the benchmark table: what was measured, its budget, what it measured, and its ratio to
 * the baseline where there is one (empty otherwise). {@code withinBudget} is how the line is marked.
 */
public record Figure(String name, String budget, String measured, String ratio, boolean withinBudget) {
    public static Figure of(String name, String budget, String measured, boolean withinBudget) {
        return new Figure(name, budget, measured, "", withinBudget);
    }

    public static Figure ratio(String name, double ratioBudget, String measured, double ratio) {
        return new Figure(name, String.format("≤ %.2f×", ratioBudget), measured, String.format("%.2f×", ratio),
                ratio <= ratioBudget);
    }

    public static Figure skipped(String name, String budget, String why) {
        return new Figure(name, budget, "not run: " + why, "", true);
    }
}
