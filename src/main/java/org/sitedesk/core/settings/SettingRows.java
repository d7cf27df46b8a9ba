package org.sitedesk.core.settings;

import static org.sitedesk.core.db.schema.Tables.SITE_SETTING;

import org.jooq.DSLContext;

/** Writes one key of {@code site_setting} inside the caller's transaction, noting what changed. */
public final class SettingRows {
    private SettingRows() {
    }

    /** Sets {@code key} to {@code value}; appends {@code key: old → new} to {@code summary} if it changed. */
    public static void put(DSLContext tx, String key, String value, StringBuilder summary) {
        String old = tx.select(SITE_SETTING.SETTING_VALUE).from(SITE_SETTING)
                .where(SITE_SETTING.SETTING_KEY.eq(key)).forUpdate().fetchOne(SITE_SETTING.SETTING_VALUE);
        if (value.equals(old)) {
            return;
        }
        if (old == null) {
            tx.insertInto(SITE_SETTING).set(SITE_SETTING.SETTING_KEY, key).set(SITE_SETTING.SETTING_VALUE, value).execute();
        } else {
            tx.update(SITE_SETTING).set(SITE_SETTING.SETTING_VALUE, value).where(SITE_SETTING.SETTING_KEY.eq(key)).execute();
        }
        if (summary.length() > 0) {
            summary.append("; ");
        }
        summary.append(key).append(": ").append(old == null ? "" : old).append(" → ").append(value);
    }
}
