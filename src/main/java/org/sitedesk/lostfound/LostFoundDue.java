package org.sitedesk.lostfound;

import java.time.LocalDate;
import java.util.List;

/**
 * What the dashboard shows on {@code today}: held items whose period has ended (due for disposal),
 * and cash, valuables and identity documents still here after the site's days for the police.
 */
public record LostFoundDue(LocalDate today, List<FoundItem> disposalDue, List<FoundItem> policeOverdue) {
    public LostFoundDue {
        disposalDue = List.copyOf(disposalDue);
        policeOverdue = List.copyOf(policeOverdue);
    }
}
