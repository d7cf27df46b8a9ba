package org.sitedesk.repair;

import java.time.Instant;

/** 回访: when, by whom, how, how satisfied the owner was and what they said. */
public record ReturnVisit(Instant at, String by, VisitWay way, Satisfaction satisfaction, String comment) {
}
