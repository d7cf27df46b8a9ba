package org.sitedesk.core.i18n;

/** A value shown to users under a name from the bundles (roles, permissions, languages, actions). */
public interface Localizable {
    String messageKey();
}
