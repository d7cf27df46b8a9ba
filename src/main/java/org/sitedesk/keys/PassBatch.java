package org.sitedesk.keys;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sitedesk.core.money.Money;
import org.sitedesk.fees.PaymentMethod;

/**
 * Passes another feature issues under one of its objects: the unit, the type (施工出入证 for workers),
 * the object's end date, one holder per pass, the deposit for each (empty: the type's) and how it is paid.
 */
public record PassBatch(long unitId, String typeCode, LocalDate until, List<String> holders, Optional<Money> depositEach,
        PaymentMethod method) {

    public PassBatch {
        holders = List.copyOf(holders);
    }
}
