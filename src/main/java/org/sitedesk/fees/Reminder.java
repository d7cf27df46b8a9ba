package org.sitedesk.fees;

import java.time.LocalDate;

/** One reminder given to a unit that owes. */
public record Reminder(long id, long unitId, LocalDate on, ReminderWay way, String result, String recordedBy) {
}
