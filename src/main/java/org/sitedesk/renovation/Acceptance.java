package org.sitedesk.renovation;

import java.time.LocalDate;
import java.util.List;

/** 竣工验收 as recorded (art. 30): the day, who inspected, every line's result. */
public record Acceptance(long id, LocalDate on, String inspector, boolean passed, List<AcceptanceLine> lines) {
}
