package org.sitedesk.core.settings;

/** Settings that belong to the site and are shared by every terminal: stored in the database. */
public record SiteSettings(String siteName, String servicePhone) {
    public static final SiteSettings EMPTY = new SiteSettings("", "");
}
