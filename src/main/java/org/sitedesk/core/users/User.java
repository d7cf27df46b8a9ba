package org.sitedesk.core.users;

import java.time.OffsetDateTime;
import java.util.Optional;

/** A person who signs in to SiteDesk. The password hash never leaves the service. */
public record User(
        long id,
        String username,
        String displayName,
        Role role,
        boolean active,
        Optional<OffsetDateTime> lockedUntil,
        boolean mustChangePassword,
        Optional<OffsetDateTime> lastSignInAt,
        int version) {

    public boolean lockedAt(OffsetDateTime now) {
        return lockedUntil.map(now::isBefore).orElse(false);
    }
}
