package org.sitedesk.keys;

import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.core.users.PermissionDeniedException;

/** Who may look into the key cabinet: those who lend keys (the counter) and those who set the cabinet up. */
public final class KeyAccess {
    private KeyAccess() {
    }

    public static boolean mayUseCabinet(Actor actor) {
        return actor.may(Permission.LEND_KEYS) || actor.may(Permission.MANAGE_KEYS);
    }

    static void requireCabinet(Actor actor) {
        if (!mayUseCabinet(actor)) {
            throw new PermissionDeniedException(Permission.LEND_KEYS);
        }
    }
}
