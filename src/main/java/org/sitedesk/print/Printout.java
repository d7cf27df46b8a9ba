package org.sitedesk.print;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A printout to fill: the compiled template's name, the language its labels are in, its single
 * values and its rows. Plain data only, so any module can build one without knowing JasperReports.
 */
public record Printout(String template, Locale locale, Map<String, Object> parameters, List<Map<String, ?>> rows) {
}
