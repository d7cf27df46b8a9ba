package org.sitedesk.estate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** What a clerk types for a new owner or household member. */
public record PersonDraft(
        PersonRole role,
        String name,
        IdType idType,
        String idNumber,
        String phone,
        Optional<BigDecimal> share,
        Optional<LocalDate> since,
        String notes) {
}
