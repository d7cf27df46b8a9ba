package org.sitedesk.repair.ui;

import java.util.List;

/** One row of the service figures as the screen and its printout show it. */
public record FigureLine(String name, String requests, FigureCell onTimeArrival, FigureCell onTimeCompletion,
        FigureCell rework, FigureCell returnVisits, FigureCell satisfaction, FigureCell sameDayReplies, boolean estate) {
    /** The columns' widths on the screen, which the printout keeps in proportion. */
    public static final List<Integer> COLUMN_WIDTHS = List.of(120, 80, 110, 110, 110, 100, 135, 130);

    /** The cells left to right, as printed. */
    public List<String> cells() {
        return List.of(name, requests, onTimeArrival.text(), onTimeCompletion.text(), rework.text(), returnVisits.text(),
                satisfaction.text(), sameDayReplies.text());
    }
}
