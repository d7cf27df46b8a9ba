package org.sitedesk.core;

import java.time.Clock;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.audit.AuditSearch;
import org.sitedesk.core.db.Database;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.settings.SiteSettingsService;
import org.sitedesk.core.users.PasswordHasher;
import org.sitedesk.core.users.UserService;

/**
 * The composition root of the services: built once per open database, handed to the window and
 * the command line. Nothing else constructs a service. Later modules add theirs here.
 */
public record Services(
        Database database,
        Clock clock,
        UserService users,
        AuditSearch auditSearch,
        SiteSettingsService siteSettings) {

    public static Services wire(Database database, Clock clock) {
        Transactions transactions = database.transactions();
        AuditLog audit = new AuditLog(clock);
        return new Services(
                database,
                clock,
                new UserService(transactions, audit, new PasswordHasher(), clock),
                new AuditSearch(transactions, clock),
                new SiteSettingsService(transactions, audit));
    }
}
