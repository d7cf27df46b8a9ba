package org.sitedesk.core.users;

import static org.sitedesk.core.db.schema.Tables.APP_USER;

import org.jooq.DSLContext;

/**
 * Display names for records that keep only who did something by user name (a receipt's cashier),
 * so paper shows 演示管理员 rather than the sign-in name {@code demo}.
 */
public final class DisplayNames {
    private DisplayNames() {
    }

    /** The display name of {@code username}, read in the caller's transaction; the name itself when no user has it (the command line's {@code cli:…}). */
    public static String of(DSLContext tx, String username) {
        return tx.select(APP_USER.DISPLAY_NAME).from(APP_USER).where(APP_USER.USERNAME.eq(username))
                .fetchOptional(APP_USER.DISPLAY_NAME).orElse(username);
    }
}
