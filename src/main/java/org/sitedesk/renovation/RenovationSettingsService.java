package org.sitedesk.renovation;

import static org.sitedesk.core.db.schema.Tables.SITE_SETTING;

import java.util.Map;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;

/** Reads and saves {@link RenovationSettings} as site settings under {@code site.renovation.}; changes are audited. */
public final class RenovationSettingsService {
    private static final String DEPOSIT = "site.renovation.deposit";
    private static final String MANAGEMENT = "site.renovation.managementFee";
    private static final String DEBRIS = "site.renovation.debrisFee";
    private static final String HOURS = "site.renovation.workdayHours";
    private static final String REST_DAYS = "site.renovation.noisyWorkOnRestDays";
    private static final String CHECKLIST = "site.renovation.acceptanceChecklist";
    private static final Pattern HOURS_FORM = Pattern.compile("\\d{2}:\\d{2}-\\d{2}:\\d{2}(,\\d{2}:\\d{2}-\\d{2}:\\d{2})*");

    private final Transactions transactions;
    private final AuditLog audit;

    public RenovationSettingsService(Transactions transactions, AuditLog audit) {
        this.transactions = transactions;
        this.audit = audit;
    }

    public RenovationSettings load() {
        return transactions.inTransaction(RenovationSettingsService::load);
    }

    static RenovationSettings load(DSLContext tx) {
        Map<String, String> values = tx.select(SITE_SETTING.SETTING_KEY, SITE_SETTING.SETTING_VALUE).from(SITE_SETTING)
                .where(SITE_SETTING.SETTING_KEY.startsWith("site.renovation.")).fetchMap(Record2::value1, Record2::value2);
        RenovationSettings defaults = RenovationSettings.defaults();
        Money deposit = defaults.deposit();
        try {
            deposit = values.containsKey(DEPOSIT) ? Money.of(values.get(DEPOSIT)) : deposit;
        } catch (RuntimeException unreadable) {
            // a hand-edited value that is not an amount: the default, as for every other setting
        }
        return new RenovationSettings(deposit, FeeRule.parse(values.get(MANAGEMENT), defaults.managementFee()),
                FeeRule.parse(values.get(DEBRIS), defaults.debrisFee()), values.getOrDefault(HOURS, defaults.workdayHours()),
                Boolean.parseBoolean(values.getOrDefault(REST_DAYS, "false")),
                values.getOrDefault(CHECKLIST, defaults.acceptanceChecklist()));
    }

    public RenovationSettings save(Actor actor, RenovationSettings wanted) {
        actor.require(Permission.EDIT_SITE_SETTINGS);
        if (wanted.deposit().isNegative() || wanted.managementFee().rate().signum() < 0 || wanted.debrisFee().rate().signum() < 0) {
            throw new UserFacingException("error.renovation.settingsAmount");
        }
        if (!HOURS_FORM.matcher(wanted.workdayHours()).matches()) {
            throw new UserFacingException("error.renovation.hours", wanted.workdayHours());
        }
        if (wanted.checklistLines().isEmpty()) {
            throw new UserFacingException("error.renovation.checklist");
        }
        return transactions.inTransaction(tx -> {
            put(tx, DEPOSIT, wanted.deposit().amount().toPlainString());
            put(tx, MANAGEMENT, wanted.managementFee().stored());
            put(tx, DEBRIS, wanted.debrisFee().stored());
            put(tx, HOURS, wanted.workdayHours());
            put(tx, REST_DAYS, Boolean.toString(wanted.noisyWorkOnRestDays()));
            put(tx, CHECKLIST, wanted.acceptanceChecklist());
            audit.record(tx, actor, RenovationAuditAction.RENOVATION_SETTINGS_CHANGED, "renovation",
                    "deposit: " + wanted.deposit().amount().toPlainString() + "; management: " + wanted.managementFee().stored()
                            + "; debris: " + wanted.debrisFee().stored() + "; hours: " + wanted.workdayHours()
                            + "; rest days: " + wanted.noisyWorkOnRestDays());
            return load(tx);
        });
    }

    private static void put(DSLContext tx, String key, String value) {
        if (tx.update(SITE_SETTING).set(SITE_SETTING.SETTING_VALUE, value).where(SITE_SETTING.SETTING_KEY.eq(key)).execute() == 0) {
            tx.insertInto(SITE_SETTING).set(SITE_SETTING.SETTING_KEY, key).set(SITE_SETTING.SETTING_VALUE, value).execute();
        }
    }
}
