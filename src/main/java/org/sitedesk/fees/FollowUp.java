package org.sitedesk.fees;

import java.time.LocalDate;
import java.util.Optional;
import org.sitedesk.core.money.Money;

/** A unit more than a month behind whose last reminder is two weeks old or more (or never reminded). */
public record FollowUp(long unitId, String room, String owners, int monthsOwed, Money owed, Optional<LocalDate> lastReminder) {
}
