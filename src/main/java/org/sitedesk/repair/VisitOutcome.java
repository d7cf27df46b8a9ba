package org.sitedesk.repair;

import java.util.Optional;

/** What a return visit left: the request, now closed, and the rework it opened if the owner was not satisfied. */
public record VisitOutcome(ServiceRequest visited, Optional<ServiceRequest> rework) {
}
