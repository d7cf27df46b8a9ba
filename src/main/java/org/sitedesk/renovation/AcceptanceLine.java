package org.sitedesk.renovation;

/** One line of the acceptance checklist, passed or failed. */
public record AcceptanceLine(String item, boolean passed) {
}
