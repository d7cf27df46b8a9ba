package org.sitedesk.print;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.core.settings.SiteSettings;
import org.sitedesk.core.users.Actor;

/**
 * What every printout carries besides its own content: the site's name and service phone from
 * settings, who printed it and when, and the words of the language it is printed in. Templates show
 * the first four in their header and footer; printouts take their labels from {@link #messages()}.
 */
public record PrintStamp(String siteName, String servicePhone, String printedBy, LocalDateTime printedAt,
        Messages messages) {
    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /**
     * The stamp of everything the window and the command line print: in the site's printout
     * language, never in the language of the window or of the clerk's computer, because the paper
     * goes to owners and must read the same from every counter.
     */
    public static PrintStamp of(SiteSettings site, Actor actor, LocalDateTime now) {
        return of(site, actor, now, new Messages(site.printoutLanguage()));
    }

    /** A stamp in a language the caller chooses: the gallery and tests that print both. */
    public static PrintStamp of(SiteSettings site, Actor actor, LocalDateTime now, Messages messages) {
        String name = site.siteName().isBlank() ? messages.get("app.name") : site.siteName();
        return new PrintStamp(name, site.servicePhone(), actor.displayName(), now, messages);
    }

    /** The stamp as template parameters, plus the printout's own ones. */
    public Map<String, Object> with(Map<String, Object> own) {
        Map<String, Object> parameters = new HashMap<>(own);
        parameters.put("SITE_NAME", siteName);
        parameters.put("SERVICE_PHONE", servicePhone);
        parameters.put("PRINTED_BY", printedBy);
        parameters.put("PRINTED_AT", printedAt.format(PRINTED));
        return parameters;
    }
}
