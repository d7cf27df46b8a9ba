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
 * settings, who printed it and when. Templates show them in their header and footer.
 */
public record PrintStamp(String siteName, String servicePhone, String printedBy, LocalDateTime printedAt) {
    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public static PrintStamp of(SiteSettings site, Actor actor, LocalDateTime now, Messages messages) {
        String name = site.siteName().isBlank() ? messages.get("app.name") : site.siteName();
        return new PrintStamp(name, site.servicePhone(), actor.displayName(), now);
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
