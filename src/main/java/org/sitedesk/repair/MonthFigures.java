package org.sitedesk.repair;

import java.time.YearMonth;
import java.util.List;

/** A month's service figures per engineer, per category and for the estate, with the targets they meet or miss. */
public record MonthFigures(YearMonth month, ServiceTargets targets, List<FigureRow> engineers,
        List<FigureRow> categories, FigureRow estate) {

    public MonthFigures {
        engineers = List.copyOf(engineers);
        categories = List.copyOf(categories);
    }

    public boolean reworkMissed(FigureRow row) {
        return targets.reworkMissed(row.rework());
    }

    public boolean satisfactionMissed(FigureRow row) {
        return targets.satisfactionMissed(row.satisfaction());
    }
}
