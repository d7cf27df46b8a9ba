package org.sitedesk.shell;

import java.util.Optional;
import org.sitedesk.app.Services;
import org.sitedesk.core.users.User;

/**
 * A database the window has opened: its services, the user to sign in without asking (the demo's
 * administrator), what to do when the window closes, and whether the first sign-in of a day takes
 * the day's backup (not for the throw-away demo).
 */
public record OpenedDatabase(Services services, Optional<User> autoSignIn, Runnable close, boolean dailyBackup) {
    public OpenedDatabase(Services services, Optional<User> autoSignIn, Runnable close) {
        this(services, autoSignIn, close, false);
    }
}
