package org.sitedesk.core;

import java.time.Clock;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.audit.AuditSearch;
import org.sitedesk.core.db.Database;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.settings.BackupSettingsService;
import org.sitedesk.core.settings.SiteSettingsService;
import org.sitedesk.core.users.PasswordHasher;
import org.sitedesk.core.users.UserService;

/**
 * The pieces every feature is built from: the open database, its transactions, the audit log and
 * the clock, with the services of the foundation (users, audit search, site and backup settings).
 */
public record CoreServices(
        Database database,
        Clock clock,
        Transactions transactions,
        AuditLog audit,
        UserService users,
        AuditSearch auditSearch,
        SiteSettingsService siteSettings,
        BackupSettingsService backupSettings) {

    public static CoreServices wire(Database database, Clock clock) {
        Transactions transactions = database.transactions();
        AuditLog audit = new AuditLog(clock);
        return new CoreServices(database, clock, transactions, audit,
                new UserService(transactions, audit, new PasswordHasher(), clock),
                new AuditSearch(transactions, clock),
                new SiteSettingsService(transactions, audit),
                new BackupSettingsService(transactions, audit, database.location()));
    }
}
