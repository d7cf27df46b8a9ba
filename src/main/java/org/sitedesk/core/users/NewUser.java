package org.sitedesk.core.users;

/** What an administrator types to add a user. */
public record NewUser(String username, String displayName, Role role, String password) {
}
