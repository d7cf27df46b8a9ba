package org.sitedesk.lostfound;

/**
 * A category of found items (证件, 钥匙, …), from a list the site edits; retired, never deleted.
 * {@code toPolice}: its items go to the police station whatever their value (identity documents, cash).
 */
public record ItemCategory(String code, String name, int sortOrder, boolean toPolice, boolean active) {
}
