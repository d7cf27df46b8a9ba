package org.sitedesk.shell;

/** One line under the search box: what was found, and why it matched. */
public record SearchSuggestion(long id, String title, String detail) {
}
