package org.sitedesk.core.settings;

import static org.sitedesk.core.db.schema.Tables.SITE_SETTING;

import java.util.Map;
import java.util.Objects;
import org.jooq.Record2;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.audit.CoreAuditAction;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;

/** Reads and saves the site's settings (name, service phone, printout language); saving is audited. */
public final class SiteSettingsService {
    static final String SITE_NAME = "site.name";
    static final String SERVICE_PHONE = "site.servicePhone";
    static final String PRINTOUT_LANGUAGE = "site.printoutLanguage";
    private static final int MAX_NAME_LENGTH = 100;
    private static final int MAX_PHONE_LENGTH = 40;

    private final Transactions transactions;
    private final AuditLog audit;

    public SiteSettingsService(Transactions transactions, AuditLog audit) {
        this.transactions = transactions;
        this.audit = audit;
    }

    public SiteSettings load() {
        return transactions.inTransaction(tx -> {
            Map<String, String> values = tx.select(SITE_SETTING.SETTING_KEY, SITE_SETTING.SETTING_VALUE)
                    .from(SITE_SETTING)
                    .fetchMap(Record2::value1, Record2::value2);
            return new SiteSettings(values.getOrDefault(SITE_NAME, ""), values.getOrDefault(SERVICE_PHONE, ""),
                    Language.ofTag(values.get(PRINTOUT_LANGUAGE)).orElse(Language.DEFAULT));
        });
    }

    public SiteSettings save(Actor actor, SiteSettings wanted) {
        actor.require(Permission.EDIT_SITE_SETTINGS);
        SiteSettings cleaned = validate(wanted);
        return transactions.inTransaction(tx -> {
            StringBuilder summary = new StringBuilder();
            SettingRows.put(tx, SITE_NAME, cleaned.siteName(), summary);
            SettingRows.put(tx, SERVICE_PHONE, cleaned.servicePhone(), summary);
            // a site that never chose keeps no row, so its first save of the name logs only the name
            boolean chosenBefore = tx.fetchExists(SITE_SETTING, SITE_SETTING.SETTING_KEY.eq(PRINTOUT_LANGUAGE));
            if (chosenBefore || cleaned.printoutLanguage() != Language.DEFAULT) {
                SettingRows.put(tx, PRINTOUT_LANGUAGE, cleaned.printoutLanguage().tag(), summary);
            }
            if (summary.length() > 0) {
                audit.record(tx, actor, CoreAuditAction.SETTINGS_CHANGED, null, summary.toString());
            }
            return cleaned;
        });
    }

    private static SiteSettings validate(SiteSettings wanted) {
        String name = Objects.requireNonNullElse(wanted.siteName(), "").trim();
        String phone = Objects.requireNonNullElse(wanted.servicePhone(), "").trim();
        if (name.isEmpty()) {
            throw new UserFacingException("error.settings.siteNameRequired");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new UserFacingException("error.settings.siteNameTooLong", MAX_NAME_LENGTH);
        }
        if (phone.length() > MAX_PHONE_LENGTH || !phone.matches("[0-9+\\-() ]*")) {
            throw new UserFacingException("error.settings.servicePhoneForm");
        }
        return new SiteSettings(name, phone, Objects.requireNonNullElse(wanted.printoutLanguage(), Language.DEFAULT));
    }
}
