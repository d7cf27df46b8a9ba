package org.sitedesk.print;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A printout to fill: what kind it is (template, paper, offsets), the language its labels are in,
 * its single values and its rows. Plain data only, so any module can build one without knowing
 * JasperReports.
 */
public record Printout(PrintoutType type, Locale locale, Map<String, Object> parameters, List<Map<String, ?>> rows) {
}
