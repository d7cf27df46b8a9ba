package org.sitedesk.keys;

import java.time.LocalDate;
import java.util.Optional;
import org.sitedesk.core.money.Money;
import org.sitedesk.fees.PaymentMethod;

/**
 * A pass as the counter issues it: unit, type, holder (a household person by id, or just a name for
 * an outsider), the number typed or read from the card (empty: the next P2026-00001), until when (empty:
 * the type's validity from today), the deposit (empty: the type's) and how it is paid.
 */
public record PassDraft(long unitId, String typeCode, String holder, Optional<Long> holderPersonId, String number,
        Optional<LocalDate> validUntil, Optional<Money> deposit, PaymentMethod method) {
}
