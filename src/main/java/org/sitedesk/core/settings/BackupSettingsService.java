package org.sitedesk.core.settings;

import static org.sitedesk.core.db.schema.Tables.SITE_SETTING;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import org.jooq.Record2;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.audit.CoreAuditAction;
import org.sitedesk.core.db.DatabaseLocation;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;

/**
 * The site's backup folder and the days backups are kept, shared by every counter; saving is
 * audited. Without a chosen folder, backups go to {@code backups} beside the H2 file, or in the
 * user's data folder for a server database, which has no file of its own.
 */
public final class BackupSettingsService {
    static final String FOLDER = "site.backup.folder";
    static final String KEEP_DAYS = "site.backup.keepDays";

    private final Transactions transactions;
    private final AuditLog audit;
    private final DatabaseLocation location;

    public BackupSettingsService(Transactions transactions, AuditLog audit, DatabaseLocation location) {
        this.transactions = transactions;
        this.audit = audit;
        this.location = location;
    }

    public BackupSettings load() {
        Map<String, String> values = transactions.inTransaction(tx -> tx.select(SITE_SETTING.SETTING_KEY,
                SITE_SETTING.SETTING_VALUE).from(SITE_SETTING).where(SITE_SETTING.SETTING_KEY.in(FOLDER, KEEP_DAYS))
                .fetchMap(Record2::value1, Record2::value2));
        String folder = values.getOrDefault(FOLDER, "");
        int keepDays = parseDays(values.get(KEEP_DAYS));
        return folder.isBlank() ? new BackupSettings(defaultFolder(), false, keepDays)
                : new BackupSettings(Path.of(folder), true, keepDays);
    }

    /**
     * Names the folder (empty: the default; otherwise a full path, since every counter reads it) and
     * the days kept (1 to 3650).
     */
    public BackupSettings save(Actor actor, String folder, String keepDays) {
        actor.require(Permission.EDIT_SITE_SETTINGS);
        String text = folder == null ? "" : folder.trim();
        if (!text.isEmpty() && !absolute(text)) {
            throw new UserFacingException("error.backup.folderAbsolute", text);
        }
        int days = requireDays(keepDays);
        transactions.run(tx -> {
            StringBuilder summary = new StringBuilder();
            SettingRows.put(tx, FOLDER, text, summary);
            SettingRows.put(tx, KEEP_DAYS, Integer.toString(days), summary);
            if (summary.length() > 0) {
                audit.record(tx, actor, CoreAuditAction.SETTINGS_CHANGED, null, summary.toString());
            }
        });
        return load();
    }

    /** Where backups go when the site names no folder. */
    public Path defaultFolder() {
        return location.h2File().map(file -> file.toAbsolutePath().getParent().resolve("backups"))
                .orElseGet(() -> DatabaseLocation.userDataFolder().resolve("backups"));
    }

    private static boolean absolute(String text) {
        try {
            return Path.of(text).isAbsolute();
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static int requireDays(String text) {
        String trimmed = text == null ? "" : text.trim();
        try {
            int days = Integer.parseInt(trimmed);
            if (days >= 1 && days <= BackupSettings.MAX_KEEP_DAYS) {
                return days;
            }
        } catch (NumberFormatException e) {
            // falls through to the sentence below
        }
        throw new UserFacingException("error.backup.keepDays", trimmed, BackupSettings.MAX_KEEP_DAYS);
    }

    private static int parseDays(String stored) {
        try {
            return stored == null ? BackupSettings.DEFAULT_KEEP_DAYS : Integer.parseInt(stored);
        } catch (NumberFormatException e) {
            return BackupSettings.DEFAULT_KEEP_DAYS;
        }
    }
}
