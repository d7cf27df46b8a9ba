package org.sitedesk.lostfound;

import static org.sitedesk.core.db.schema.Tables.LOST_CATEGORY;
import static org.sitedesk.core.db.schema.Tables.SITE_SETTING;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.settings.SettingRows;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;

/**
 * The categories a site keeps for found items and its two periods (days for the police, the
 * perishables' short period); a supervisor changes them, and every change is audited.
 */
public final class LostFoundSettingsService {
    static final String POLICE_DAYS = "site.lostfound.policeDays";
    static final String PERISHABLE_DAYS = "site.lostfound.perishableDays";
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,19}");
    private static final int MAX_NAME = 40;

    private final Transactions transactions;
    private final AuditLog audit;

    LostFoundSettingsService(Transactions transactions, AuditLog audit) {
        this.transactions = transactions;
        this.audit = audit;
    }

    public LostFoundSettings load() {
        return transactions.inTransaction(LostFoundSettingsService::load);
    }

    static LostFoundSettings load(DSLContext tx) {
        Map<String, String> values = tx.select(SITE_SETTING.SETTING_KEY, SITE_SETTING.SETTING_VALUE).from(SITE_SETTING)
                .where(SITE_SETTING.SETTING_KEY.startsWith("site.lostfound.")).fetchMap(Record2::value1, Record2::value2);
        return new LostFoundSettings(number(values, POLICE_DAYS, LostFoundSettings.DEFAULT_POLICE_DAYS),
                number(values, PERISHABLE_DAYS, LostFoundSettings.DEFAULT_PERISHABLE_DAYS));
    }

    public LostFoundSettings save(Actor actor, LostFoundSettings wanted) {
        actor.require(Permission.SUPERVISE_LOST_AND_FOUND);
        if (wanted.policeDays() < 0 || wanted.policeDays() > LostFoundSettings.MAX_DAYS) {
            throw new UserFacingException("error.lost.policeDays", LostFoundSettings.MAX_DAYS);
        }
        if (wanted.perishableDays() < 0 || wanted.perishableDays() > LostFoundSettings.MAX_DAYS) {
            throw new UserFacingException("error.lost.perishableDays", LostFoundSettings.MAX_DAYS);
        }
        return transactions.inTransaction(tx -> {
            StringBuilder summary = new StringBuilder();
            SettingRows.put(tx, POLICE_DAYS, Integer.toString(wanted.policeDays()), summary);
            SettingRows.put(tx, PERISHABLE_DAYS, Integer.toString(wanted.perishableDays()), summary);
            if (summary.length() > 0) {
                audit.record(tx, actor, LostFoundAuditAction.LOST_FOUND_SETTINGS_CHANGED, null, summary.toString());
            }
            return load(tx);
        });
    }

    /** Every category, retired ones too (old items name them), in the site's order. */
    public List<ItemCategory> categories() {
        return transactions.inTransaction(tx -> tx.selectFrom(LOST_CATEGORY)
                .orderBy(LOST_CATEGORY.SORT_ORDER, LOST_CATEGORY.CODE)
                .fetch(row -> new ItemCategory(row.getCode(), row.getName(), row.getSortOrder(), row.getToPolice(),
                        row.getActive())));
    }

    /** Adds a category or renames, reorders or retires one; categories are never deleted. */
    public ItemCategory saveCategory(Actor actor, ItemCategory wanted) {
        actor.require(Permission.SUPERVISE_LOST_AND_FOUND);
        String code = wanted.code() == null ? "" : wanted.code().trim().toUpperCase(Locale.ROOT);
        String name = wanted.name() == null ? "" : wanted.name().trim();
        if (!CODE.matcher(code).matches()) {
            throw new UserFacingException("error.lost.categoryCode");
        }
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new UserFacingException("error.lost.categoryName", MAX_NAME);
        }
        ItemCategory saved = new ItemCategory(code, name, wanted.sortOrder(), wanted.toPolice(), wanted.active());
        transactions.run(tx -> {
            boolean nameTaken = tx.fetchExists(LOST_CATEGORY, LOST_CATEGORY.NAME.eq(name).and(LOST_CATEGORY.CODE.ne(code)));
            if (nameTaken) {
                throw new UserFacingException("error.lost.categoryNameTaken", name);
            }
            if (tx.fetchExists(LOST_CATEGORY, LOST_CATEGORY.CODE.eq(code))) {
                tx.update(LOST_CATEGORY).set(LOST_CATEGORY.NAME, name).set(LOST_CATEGORY.SORT_ORDER, saved.sortOrder())
                        .set(LOST_CATEGORY.TO_POLICE, saved.toPolice()).set(LOST_CATEGORY.ACTIVE, saved.active())
                        .where(LOST_CATEGORY.CODE.eq(code)).execute();
            } else {
                tx.insertInto(LOST_CATEGORY).set(LOST_CATEGORY.CODE, code).set(LOST_CATEGORY.NAME, name)
                        .set(LOST_CATEGORY.SORT_ORDER, saved.sortOrder()).set(LOST_CATEGORY.TO_POLICE, saved.toPolice())
                        .set(LOST_CATEGORY.ACTIVE, saved.active()).execute();
            }
            audit.record(tx, actor, LostFoundAuditAction.LOST_FOUND_SETTINGS_CHANGED, code, "category: " + code
                    + "; name: " + name + "; to_police: " + saved.toPolice() + "; active: " + saved.active());
        });
        return saved;
    }

    /** A category by its code or its name as the site calls it (证件, id_document), active or not. */
    static ItemCategory category(DSLContext tx, String codeOrName) {
        String wanted = codeOrName == null ? "" : codeOrName.trim();
        return tx.selectFrom(LOST_CATEGORY)
                .where(LOST_CATEGORY.CODE.eq(wanted.toUpperCase(Locale.ROOT)).or(LOST_CATEGORY.NAME.eq(wanted)))
                .fetchOptional(row -> new ItemCategory(row.getCode(), row.getName(), row.getSortOrder(), row.getToPolice(),
                        row.getActive()))
                .orElseThrow(() -> new UserFacingException("error.lost.category", wanted));
    }

    /** As {@link #category}, refusing a retired one: new items and reports take only the categories in use. */
    static ItemCategory activeCategory(DSLContext tx, String codeOrName) {
        ItemCategory category = category(tx, codeOrName);
        if (!category.active()) {
            throw new UserFacingException("error.lost.categoryRetired", category.name());
        }
        return category;
    }

    private static int number(Map<String, String> values, String key, int fallback) {
        String value = values.get(key);
        return value == null ? fallback : Integer.parseInt(value);
    }
}
