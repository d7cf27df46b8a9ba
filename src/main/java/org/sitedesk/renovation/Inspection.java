package org.sitedesk.renovation;

import java.time.LocalDate;
import java.util.List;

/** A 巡查 as recorded: the day, who inspected, the findings, whether it found a violation, its photos ({@code hash:KIND}). */
public record Inspection(long id, LocalDate on, String inspector, String findings, boolean violation, List<String> photos) {
}
