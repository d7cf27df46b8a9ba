package org.sitedesk.estate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A person of a household as the card shows them: the ID number and phone already masked
 * (DOMAIN.md, personal information 2). The clear values come only through an audited reveal.
 */
public record Person(
        long id,
        PersonRole role,
        String name,
        IdType idType,
        String maskedIdNumber,
        String maskedPhone,
        Optional<BigDecimal> share,
        Optional<LocalDate> since,
        Optional<LocalDate> until,
        String notes,
        int version) {

    public boolean isCurrent() {
        return until.isEmpty();
    }
}
