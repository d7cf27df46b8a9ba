package org.sitedesk.estate;

import java.time.LocalDate;
import java.util.Optional;

/** A registered pet (宠物登记): kind, name, licence and last vaccination. */
public record Pet(long id, String kind, String name, String licence, Optional<LocalDate> vaccinatedOn,
        Optional<LocalDate> until) {
}
