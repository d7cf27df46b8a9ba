package org.sitedesk.renovation;

import java.util.List;

/**
 * What the dashboard shows (issue 18 item 5): permits ending this week, works past their end without
 * acceptance, rectifications past their deadline, and deposits awaiting refund.
 */
public record DueRenovations(List<Renovation> expiringThisWeek, List<Renovation> overrun, List<String> overdueNotices,
        List<Renovation> awaitingRefund) {

    public boolean anything() {
        return !expiringThisWeek.isEmpty() || !overrun.isEmpty() || !overdueNotices.isEmpty() || !awaitingRefund.isEmpty();
    }
}
