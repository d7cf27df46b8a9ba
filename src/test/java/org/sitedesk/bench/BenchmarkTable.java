package org.sitedesk.bench;

import java.util.List;

/** Prints figures as one table: figure, budget, measured, ratio, and whether it is within budget. */
public final class BenchmarkTable {
    private BenchmarkTable() {
    }

    public static void print(List<Figure> figures) {
        int name = Math.max(6, figures.stream().mapToInt(figure -> figure.name().length()).max().orElse(6));
        int budget = Math.max(6, figures.stream().mapToInt(figure -> figure.budget().length()).max().orElse(6));
        int measured = Math.max(8, figures.stream().mapToInt(figure -> figure.measured().length()).max().orElse(8));
        String row = "| %-" + name + "s | %-" + budget + "s | %-" + measured + "s | %-6s | %-4s |%n";
        System.out.printf(row, "figure", "budget", "measured", "ratio", "");
        System.out.printf(row, "-".repeat(name), "-".repeat(budget), "-".repeat(measured), "------", "----");
        for (Figure figure : figures) {
            System.out.printf(row, figure.name(), figure.budget(), figure.measured(), figure.ratio(),
                    figure.budget().isEmpty() ? "" : figure.withinBudget() ? "ok" : "OVER");
        }
        System.out.flush();
    }
}
