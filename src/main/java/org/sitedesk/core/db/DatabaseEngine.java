package org.sitedesk.core.db;

import org.jooq.SQLDialect;

/** The two engines SiteDesk runs on, with the same migrations and the same jOOQ code. */
public enum DatabaseEngine {
    /** An embedded file on this computer: one counter, nothing to install. */
    H2(SQLDialect.H2),
    /** A server on the site's network: several counters at once. */
    POSTGRES(SQLDialect.POSTGRES);

    private final SQLDialect dialect;

    DatabaseEngine(SQLDialect dialect) {
        this.dialect = dialect;
    }

    public SQLDialect dialect() {
        return dialect;
    }
}
