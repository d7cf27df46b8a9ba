package org.sitedesk.repair;

import static org.sitedesk.core.db.schema.Tables.COMMON_AREA;
import static org.sitedesk.core.db.schema.Tables.REPAIR_CATEGORY;
import static org.sitedesk.core.db.schema.Tables.REPAIR_TIME_LIMIT;
import static org.sitedesk.core.db.schema.Tables.SITE_SETTING;

import java.util.LinkedHashMap;
import java.util.List;
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
 * The lists a site keeps for its requests (categories, common areas) and its service levels
 * (time limits, return visit and rework days, targets); every change is audited.
 */
public final class RepairSettingsService {
    static final String RETURN_VISIT_DAYS = "site.repair.returnVisitDays";
    static final String REWORK_WINDOW_DAYS = "site.repair.reworkWindowDays";
    static final String REWORK_TARGET = "site.repair.reworkTargetPercent";
    static final String SATISFACTION_TARGET = "site.repair.satisfactionTargetPercent";
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,19}");
    private static final int MAX_MINUTES = 60 * 24 * 30;

    private final Transactions transactions;
    private final AuditLog audit;

    public RepairSettingsService(Transactions transactions, AuditLog audit) {
        this.transactions = transactions;
        this.audit = audit;
    }

    public RepairSettings load() {
        return transactions.inTransaction(RepairSettingsService::load);
    }

    static RepairSettings load(DSLContext tx) {
        Map<String, String> values = tx.select(SITE_SETTING.SETTING_KEY, SITE_SETTING.SETTING_VALUE).from(SITE_SETTING)
                .where(SITE_SETTING.SETTING_KEY.startsWith("site.repair.")).fetchMap(Record2::value1, Record2::value2);
        List<TimeLimit> limits = tx.selectFrom(REPAIR_TIME_LIMIT)
                .orderBy(REPAIR_TIME_LIMIT.PRIORITY, REPAIR_TIME_LIMIT.CATEGORY_CODE)
                .fetch(row -> new TimeLimit(Priority.valueOf(row.getPriority()), row.getCategoryCode(),
                        row.getArriveMinutes(), row.getFinishMinutes()));
        return new RepairSettings(limits,
                number(values, RETURN_VISIT_DAYS, RepairSettings.DEFAULT_RETURN_VISIT_DAYS),
                number(values, REWORK_WINDOW_DAYS, RepairSettings.DEFAULT_REWORK_WINDOW_DAYS),
                number(values, REWORK_TARGET, RepairSettings.DEFAULT_REWORK_TARGET),
                number(values, SATISFACTION_TARGET, RepairSettings.DEFAULT_SATISFACTION_TARGET));
    }

    /** Saves the service levels: the limits given replace the table (every priority must keep its default row). */
    public RepairSettings save(Actor actor, RepairSettings wanted) {
        actor.require(Permission.MANAGE_REPAIRS);
        validate(wanted);
        return transactions.inTransaction(tx -> {
            StringBuilder summary = new StringBuilder();
            Map<String, String> values = new LinkedHashMap<>();
            values.put(RETURN_VISIT_DAYS, Integer.toString(wanted.returnVisitDays()));
            values.put(REWORK_WINDOW_DAYS, Integer.toString(wanted.reworkWindowDays()));
            values.put(REWORK_TARGET, Integer.toString(wanted.reworkTargetPercent()));
            values.put(SATISFACTION_TARGET, Integer.toString(wanted.satisfactionTargetPercent()));
            values.forEach((key, value) -> SettingRows.put(tx, key, value, summary));
            List<TimeLimit> before = load(tx).limits();
            if (!before.equals(sorted(wanted.limits()))) {
                tx.deleteFrom(REPAIR_TIME_LIMIT).execute();
                for (TimeLimit limit : wanted.limits()) {
                    tx.insertInto(REPAIR_TIME_LIMIT).set(REPAIR_TIME_LIMIT.PRIORITY, limit.priority().name())
                            .set(REPAIR_TIME_LIMIT.CATEGORY_CODE, limit.categoryCode())
                            .set(REPAIR_TIME_LIMIT.ARRIVE_MINUTES, limit.arriveMinutes())
                            .set(REPAIR_TIME_LIMIT.FINISH_MINUTES, limit.finishMinutes()).execute();
                    summary.append(summary.length() > 0 ? "; " : "").append("limit: ").append(limit.priority().name())
                            .append(' ').append(limit.categoryCode()).append(' ').append(limit.arriveMinutes())
                            .append('/').append(limit.finishMinutes());
                }
            }
            if (summary.length() > 0) {
                audit.record(tx, actor, RepairAuditAction.REPAIR_SETTINGS_CHANGED, null, summary.toString());
            }
            return load(tx);
        });
    }

    public List<Category> categories() {
        return transactions.inTransaction(tx -> tx.selectFrom(REPAIR_CATEGORY)
                .orderBy(REPAIR_CATEGORY.SORT_ORDER, REPAIR_CATEGORY.CODE)
                .fetch(row -> new Category(row.getCode(), row.getName(), row.getSortOrder(), row.getActive())));
    }

    /** Adds a category or renames / retires one (categories are never deleted: old requests name them). */
    public Category saveCategory(Actor actor, Category wanted) {
        actor.require(Permission.MANAGE_REPAIRS);
        String code = wanted.code() == null ? "" : wanted.code().trim().toUpperCase(java.util.Locale.ROOT);
        String name = wanted.name() == null ? "" : wanted.name().trim();
        if (!CODE.matcher(code).matches()) {
            throw new UserFacingException("error.repair.categoryCode");
        }
        if (name.isEmpty() || name.length() > 40) {
            throw new UserFacingException("error.repair.categoryName");
        }
        return transactions.inTransaction(tx -> {
            boolean exists = tx.fetchExists(REPAIR_CATEGORY, REPAIR_CATEGORY.CODE.eq(code));
            if (exists) {
                tx.update(REPAIR_CATEGORY).set(REPAIR_CATEGORY.NAME, name).set(REPAIR_CATEGORY.SORT_ORDER, wanted.sortOrder())
                        .set(REPAIR_CATEGORY.ACTIVE, wanted.active()).where(REPAIR_CATEGORY.CODE.eq(code)).execute();
            } else {
                tx.insertInto(REPAIR_CATEGORY).set(REPAIR_CATEGORY.CODE, code).set(REPAIR_CATEGORY.NAME, name)
                        .set(REPAIR_CATEGORY.SORT_ORDER, wanted.sortOrder()).set(REPAIR_CATEGORY.ACTIVE, wanted.active())
                        .execute();
            }
            audit.record(tx, actor, RepairAuditAction.REPAIR_SETTINGS_CHANGED, code,
                    "category: " + code + "; name: " + name + "; active: " + wanted.active());
            return new Category(code, name, wanted.sortOrder(), wanted.active());
        });
    }

    public List<CommonArea> commonAreas() {
        return transactions.inTransaction(tx -> tx.selectFrom(COMMON_AREA).orderBy(COMMON_AREA.NAME)
                .fetch(row -> new CommonArea(row.getId(), row.getName(), row.getActive())));
    }

    /** Adds a common area, or brings a retired one of the same name back. */
    public CommonArea addCommonArea(Actor actor, String name) {
        actor.require(Permission.MANAGE_REPAIRS);
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 60) {
            throw new UserFacingException("error.repair.areaName");
        }
        return transactions.inTransaction(tx -> {
            Long id = tx.select(COMMON_AREA.ID).from(COMMON_AREA).where(COMMON_AREA.NAME.eq(trimmed)).fetchOne(COMMON_AREA.ID);
            if (id == null) {
                id = tx.insertInto(COMMON_AREA).set(COMMON_AREA.NAME, trimmed).returning(COMMON_AREA.ID).fetchOne().getId();
            } else {
                tx.update(COMMON_AREA).set(COMMON_AREA.ACTIVE, true).where(COMMON_AREA.ID.eq(id)).execute();
            }
            audit.record(tx, actor, RepairAuditAction.REPAIR_SETTINGS_CHANGED, Long.toString(id), "area: " + trimmed);
            return new CommonArea(id, trimmed, true);
        });
    }

    /** Takes a common area off the list offered for new requests. */
    public void retireCommonArea(Actor actor, long areaId) {
        actor.require(Permission.MANAGE_REPAIRS);
        transactions.run(tx -> {
            String name = tx.select(COMMON_AREA.NAME).from(COMMON_AREA).where(COMMON_AREA.ID.eq(areaId)).fetchOne(COMMON_AREA.NAME);
            if (name == null) {
                throw new UserFacingException("error.repair.noArea");
            }
            tx.update(COMMON_AREA).set(COMMON_AREA.ACTIVE, false).where(COMMON_AREA.ID.eq(areaId)).execute();
            audit.record(tx, actor, RepairAuditAction.REPAIR_SETTINGS_CHANGED, Long.toString(areaId),
                    "area: " + name + "; active: false");
        });
    }

    private static void validate(RepairSettings wanted) {
        for (Priority priority : Priority.values()) {
            boolean hasDefault = wanted.limits().stream().anyMatch(limit -> limit.priority() == priority
                    && limit.categoryCode().equals(TimeLimit.ANY_CATEGORY));
            if (!hasDefault) {
                throw new UserFacingException("error.repair.defaultLimit", priority);
            }
        }
        for (TimeLimit limit : wanted.limits()) {
            if (limit.arriveMinutes() <= 0 || limit.finishMinutes() < limit.arriveMinutes()
                    || limit.finishMinutes() > MAX_MINUTES) {
                throw new UserFacingException("error.repair.limit", limit.categoryCode(), MAX_MINUTES / 60 / 24);
            }
        }
        if (wanted.returnVisitDays() < 1 || wanted.returnVisitDays() > 60) {
            throw new UserFacingException("error.repair.returnVisitDays");
        }
        if (wanted.reworkWindowDays() < 1 || wanted.reworkWindowDays() > 365) {
            throw new UserFacingException("error.repair.reworkWindow");
        }
        if (wanted.reworkTargetPercent() < 0 || wanted.reworkTargetPercent() > 100
                || wanted.satisfactionTargetPercent() < 0 || wanted.satisfactionTargetPercent() > 100) {
            throw new UserFacingException("error.repair.target");
        }
    }

    private static List<TimeLimit> sorted(List<TimeLimit> limits) {
        return limits.stream().sorted(java.util.Comparator.comparing((TimeLimit limit) -> limit.priority().name())
                .thenComparing(TimeLimit::categoryCode)).toList();
    }

    private static int number(Map<String, String> values, String key, int fallback) {
        String value = values.get(key);
        return value == null ? fallback : Integer.parseInt(value);
    }
}
