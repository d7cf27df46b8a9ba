package org.sitedesk.shell;

import java.util.Optional;
import org.sitedesk.app.Services;
import org.sitedesk.core.users.User;

/**
 * A database the window has opened: its services, the user to sign in without asking (the demo's
 * administrator), and what to do when the window closes.
 */
public record OpenedDatabase(Services services, Optional<User> autoSignIn, Runnable close) {
}
