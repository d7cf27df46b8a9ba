package org.sitedesk.repair;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.sitedesk.core.money.Money;

/** 完工: when, what was done, the materials and quantities, labour hours, and the charge of a paid repair. */
public record Completion(Instant at, String workDone, String materials, Optional<BigDecimal> labourHours,
        Optional<Money> charge) {
}
