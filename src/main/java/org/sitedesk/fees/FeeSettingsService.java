package org.sitedesk.fees;

import static org.sitedesk.core.db.schema.Tables.SITE_SETTING;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.settings.SettingRows;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;

/** Reads and saves {@link FeeSettings} as site settings (shared by every terminal); saving is audited. */
public final class FeeSettingsService {
    static final String DUE_DAY = "site.fees.dueDay";
    static final String LATE_FEE_ENABLED = "site.fees.lateFee.enabled";
    static final String LATE_FEE_RATE = "site.fees.lateFee.dailyPerMille";
    static final String LATE_FEE_GRACE = "site.fees.lateFee.graceDays";
    static final String LATE_FEE_CAP = "site.fees.lateFee.capRatio";
    static final String PRINCIPAL_FIRST = "site.fees.principalFirst";
    static final String PREPAYMENT_CAP = "site.fees.prepaymentCapMonths";

    private final Transactions transactions;
    private final AuditLog audit;

    public FeeSettingsService(Transactions transactions, AuditLog audit) {
        this.transactions = transactions;
        this.audit = audit;
    }

    public FeeSettings load() {
        return transactions.inTransaction(FeeSettingsService::load);
    }

    static FeeSettings load(DSLContext tx) {
        Map<String, String> values = tx.select(SITE_SETTING.SETTING_KEY, SITE_SETTING.SETTING_VALUE).from(SITE_SETTING)
                .where(SITE_SETTING.SETTING_KEY.startsWith("site.fees."))
                .fetchMap(Record2::value1, Record2::value2);
        FeeSettings d = FeeSettings.DEFAULTS;
        return new FeeSettings(
                Integer.parseInt(values.getOrDefault(DUE_DAY, Integer.toString(d.dueDay()))),
                Boolean.parseBoolean(values.getOrDefault(LATE_FEE_ENABLED, Boolean.toString(d.lateFeeEnabled()))),
                new BigDecimal(values.getOrDefault(LATE_FEE_RATE, d.lateFeeDailyPerMille().toPlainString())),
                Integer.parseInt(values.getOrDefault(LATE_FEE_GRACE, Integer.toString(d.lateFeeGraceDays()))),
                new BigDecimal(values.getOrDefault(LATE_FEE_CAP, d.lateFeeCapRatio().toPlainString())),
                Boolean.parseBoolean(values.getOrDefault(PRINCIPAL_FIRST, Boolean.toString(d.principalFirst()))),
                Integer.parseInt(values.getOrDefault(PREPAYMENT_CAP, Integer.toString(d.prepaymentCapMonths()))));
    }

    public FeeSettings save(Actor actor, FeeSettings wanted) {
        actor.require(Permission.MANAGE_FEES);
        validate(wanted);
        Map<String, String> values = new LinkedHashMap<>();
        values.put(DUE_DAY, Integer.toString(wanted.dueDay()));
        values.put(LATE_FEE_ENABLED, Boolean.toString(wanted.lateFeeEnabled()));
        values.put(LATE_FEE_RATE, wanted.lateFeeDailyPerMille().stripTrailingZeros().toPlainString());
        values.put(LATE_FEE_GRACE, Integer.toString(wanted.lateFeeGraceDays()));
        values.put(LATE_FEE_CAP, wanted.lateFeeCapRatio().stripTrailingZeros().toPlainString());
        values.put(PRINCIPAL_FIRST, Boolean.toString(wanted.principalFirst()));
        values.put(PREPAYMENT_CAP, Integer.toString(wanted.prepaymentCapMonths()));
        return transactions.inTransaction(tx -> {
            StringBuilder summary = new StringBuilder();
            values.forEach((key, value) -> SettingRows.put(tx, key, value, summary));
            if (summary.length() > 0) {
                audit.record(tx, actor, FeeAuditAction.FEE_SETTINGS_CHANGED, null, summary.toString());
            }
            return load(tx);
        });
    }

    private static void validate(FeeSettings wanted) {
        if (wanted.dueDay() < 1 || wanted.dueDay() > 28) {
            throw new UserFacingException("error.fees.dueDay");
        }
        if (wanted.lateFeeDailyPerMille().signum() < 0 || wanted.lateFeeDailyPerMille().compareTo(BigDecimal.TEN) > 0) {
            throw new UserFacingException("error.fees.lateFeeRate");
        }
        if (wanted.lateFeeGraceDays() < 0 || wanted.lateFeeGraceDays() > 365) {
            throw new UserFacingException("error.fees.graceDays");
        }
        if (wanted.lateFeeCapRatio().signum() < 0 || wanted.lateFeeCapRatio().compareTo(BigDecimal.ONE) > 0) {
            throw new UserFacingException("error.fees.lateFeeCap");
        }
        if (wanted.prepaymentCapMonths() < 0 || wanted.prepaymentCapMonths() > 60) {
            throw new UserFacingException("error.fees.prepaymentCap");
        }
    }
}
