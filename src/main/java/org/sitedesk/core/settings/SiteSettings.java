package org.sitedesk.core.settings;

import org.sitedesk.core.i18n.Language;

/**
 * Settings that belong to the site and are shared by every terminal: stored in the database. The
 * printout language is the site's, not the clerk's: paper goes to owners, whatever language the
 * window at one counter speaks.
 */
public record SiteSettings(String siteName, String servicePhone, Language printoutLanguage) {
    public static final SiteSettings EMPTY = new SiteSettings("", "");

    /** Printouts in the default language. */
    public SiteSettings(String siteName, String servicePhone) {
        this(siteName, servicePhone, Language.DEFAULT);
    }

    public SiteSettings withPrintoutLanguage(Language language) {
        return new SiteSettings(siteName, servicePhone, language);
    }
}
