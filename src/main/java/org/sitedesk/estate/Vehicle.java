package org.sitedesk.estate;

import java.time.LocalDate;
import java.util.Optional;

/** A household's vehicle and where it parks. */
public record Vehicle(long id, String plate, String parkingSpace, Optional<LocalDate> since, Optional<LocalDate> until) {
}
