package org.sitedesk.core.users;

import java.util.Objects;

/**
 * Who is doing something: a user signed in to the window or on the command line. Every service
 * call that changes data takes one, so the permission check and the audit row name the same person.
 */
public record Actor(String name, String displayName, Role role) {

    public Actor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
    }

    public static Actor of(User user) {
        return new Actor(user.username(), user.displayName(), user.role());
    }

    public boolean may(Permission permission) {
        return role.may(permission);
    }

    public void require(Permission permission) {
        if (!may(permission)) {
            throw new PermissionDeniedException(permission);
        }
    }
}
