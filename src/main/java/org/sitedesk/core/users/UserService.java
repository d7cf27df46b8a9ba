package org.sitedesk.core.users;

import static org.sitedesk.core.db.schema.Tables.APP_USER;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.audit.CoreAuditAction;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.db.schema.tables.records.AppUserRecord;
import org.sitedesk.core.i18n.UserFacingException;

/**
 * Users, their roles and passwords, and sign-in with lock-out. Every change is one transaction
 * with its audit row.
 */
public final class UserService {
    public static final int MAX_FAILED_ATTEMPTS = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    public static final int MIN_PASSWORD_LENGTH = 8;
    private static final int MAX_USERNAME_LENGTH = 32;
    private static final int MAX_DISPLAY_NAME_LENGTH = 100;

    private final Transactions transactions;
    private final AuditLog audit;
    private final PasswordHasher hasher;
    private final Clock clock;

    public UserService(Transactions transactions, AuditLog audit, PasswordHasher hasher, Clock clock) {
        this.transactions = transactions;
        this.audit = audit;
        this.hasher = hasher;
        this.clock = clock;
    }

    public boolean hasUsers() {
        return transactions.inTransaction(tx -> tx.fetchExists(APP_USER));
    }

    /**
     * Makes the first administrator of a database that has no users yet; refused once any user
     * exists, so nobody can use it to take over a running site.
     */
    public User createFirstAdministrator(String actorName, String username, String displayName, String password) {
        NewUser wanted = new NewUser(username, displayName, Role.ADMINISTRATOR, password);
        validate(wanted);
        String hash = hasher.hash(password);
        return transactions.inTransaction(tx -> {
            if (tx.fetchExists(APP_USER)) {
                throw new UserFacingException("error.user.alreadyInitialised");
            }
            return insert(tx, actorName, wanted, hash);
        });
    }

    public List<User> list(Actor actor) {
        actor.require(Permission.MANAGE_USERS);
        return transactions.inTransaction(tx -> tx.selectFrom(APP_USER)
                .orderBy(APP_USER.USERNAME)
                .fetch(UserService::toUser));
    }

    public Optional<User> find(String username) {
        return transactions.inTransaction(tx -> Optional.ofNullable(
                tx.selectFrom(APP_USER).where(APP_USER.USERNAME.eq(normalize(username))).fetchOne())
                .map(UserService::toUser));
    }

    public User add(Actor actor, NewUser user) {
        actor.require(Permission.MANAGE_USERS);
        validate(user);
        String hash = hasher.hash(user.password());
        return transactions.inTransaction(tx -> insert(tx, actor.name(), user, hash));
    }

    private User insert(DSLContext tx, String actorName, NewUser user, String hash) {
        String username = normalize(user.username());
        if (tx.fetchExists(APP_USER, APP_USER.USERNAME.eq(username))) {
            throw new UserFacingException("error.user.usernameTaken", username);
        }
        AppUserRecord row = tx.newRecord(APP_USER);
        row.setUsername(username);
        row.setDisplayName(user.displayName().trim());
        row.setRoleCode(user.role().code());
        row.setPasswordHash(hash);
        row.setActive(true);
        row.setFailedAttempts(0);
        row.setMustChangePassword(false);
        row.setCreatedAt(now());
        row.setRowVersion(0);
        row.store();
        audit.record(tx, actorName, CoreAuditAction.USER_CREATED, username,
                "display_name: " + row.getDisplayName() + "; role: " + user.role().code());
        return toUser(row);
    }

    /** Changes a user's display name and role; refused if someone else changed the user meanwhile. */
    public User update(Actor actor, long userId, int expectedVersion, String displayName, Role role) {
        actor.require(Permission.MANAGE_USERS);
        String name = requireDisplayName(displayName);
        return transactions.inTransaction(tx -> {
            AppUserRecord row = lockCurrent(tx, userId, expectedVersion);
            Role oldRole = roleOf(row);
            if (oldRole == Role.ADMINISTRATOR && role != Role.ADMINISTRATOR && row.getActive()) {
                refuseIfLastAdministrator(tx, row);
            }
            StringBuilder summary = new StringBuilder();
            if (!row.getDisplayName().equals(name)) {
                summary.append("display_name: ").append(row.getDisplayName()).append(" → ").append(name);
            }
            if (oldRole != role) {
                if (summary.length() > 0) {
                    summary.append("; ");
                }
                summary.append("role: ").append(oldRole.code()).append(" → ").append(role.code());
            }
            if (summary.length() == 0) {
                return toUser(row);
            }
            row.setDisplayName(name);
            row.setRoleCode(role.code());
            bumpAndStore(row);
            audit.record(tx, actor, CoreAuditAction.USER_UPDATED, row.getUsername(), summary.toString());
            return toUser(row);
        });
    }

    public User setActive(Actor actor, long userId, int expectedVersion, boolean active) {
        actor.require(Permission.MANAGE_USERS);
        return transactions.inTransaction(tx -> {
            AppUserRecord row = lockCurrent(tx, userId, expectedVersion);
            if (row.getActive() == active) {
                return toUser(row);
            }
            if (!active) {
                if (row.getUsername().equals(actor.name())) {
                    throw new UserFacingException("error.user.cannotDeactivateSelf");
                }
                if (roleOf(row) == Role.ADMINISTRATOR) {
                    refuseIfLastAdministrator(tx, row);
                }
            }
            row.setActive(active);
            bumpAndStore(row);
            audit.record(tx, actor, active ? CoreAuditAction.USER_REACTIVATED : CoreAuditAction.USER_DEACTIVATED,
                    row.getUsername(), "active: " + !active + " → " + active);
            return toUser(row);
        });
    }

    /**
     * Sets a temporary password, lifts a lock-out, and makes the user choose a new password at
     * the next sign-in.
     */
    public User resetPassword(Actor actor, long userId, int expectedVersion, String temporaryPassword) {
        actor.require(Permission.MANAGE_USERS);
        requirePassword(temporaryPassword);
        String hash = hasher.hash(temporaryPassword);
        return transactions.inTransaction(tx -> {
            AppUserRecord row = lockCurrent(tx, userId, expectedVersion);
            row.setPasswordHash(hash);
            row.setMustChangePassword(true);
            row.setFailedAttempts(0);
            row.setLockedUntil(null);
            bumpAndStore(row);
            audit.record(tx, actor, CoreAuditAction.PASSWORD_RESET, row.getUsername(), null);
            return toUser(row);
        });
    }

    /** A signed-in user replaces their own password, proving they know the current one. */
    public User changeOwnPassword(Actor actor, String currentPassword, String newPassword) {
        requirePassword(newPassword);
        if (newPassword.equals(currentPassword)) {
            throw new UserFacingException("error.password.unchanged");
        }
        String hash = hasher.hash(newPassword);
        return transactions.inTransaction(tx -> {
            AppUserRecord row = tx.selectFrom(APP_USER)
                    .where(APP_USER.USERNAME.eq(actor.name()))
                    .forUpdate()
                    .fetchOptional()
                    .orElseThrow(() -> new UserFacingException("error.user.notFound", actor.name()));
            if (!hasher.matches(currentPassword, row.getPasswordHash())) {
                throw new UserFacingException("error.password.currentWrong");
            }
            row.setPasswordHash(hash);
            row.setMustChangePassword(false);
            bumpAndStore(row);
            audit.record(tx, actor, CoreAuditAction.PASSWORD_CHANGED, row.getUsername(), null);
            return toUser(row);
        });
    }

    /**
     * Checks a name and password. A wrong password counts towards the lock-out, and the count is
     * committed even though the sign-in is refused.
     *
     * @throws SignInRefusedException saying why, in words that do not reveal which part was wrong
     */
    public User signIn(String username, String password) {
        String name = normalize(username == null ? "" : username);
        OffsetDateTime now = now();
        SignInOutcome outcome = transactions.inTransaction(tx -> {
            AppUserRecord row = tx.selectFrom(APP_USER).where(APP_USER.USERNAME.eq(name)).forUpdate().fetchOne();
            if (row == null) {
                return SignInOutcome.refused("error.signIn.wrongCredentials");
            }
            if (row.getLockedUntil() != null && now.isBefore(row.getLockedUntil())) {
                return SignInOutcome.refused("error.signIn.locked", row.getLockedUntil().atZoneSameInstant(clock.getZone())
                        .toLocalTime().withNano(0).toString());
            }
            if (!hasher.matches(password == null ? "" : password, row.getPasswordHash())) {
                return countFailure(tx, row, now);
            }
            if (!row.getActive()) {
                audit.record(tx, name, CoreAuditAction.SIGN_IN_FAILED, name, "active: false");
                return SignInOutcome.refused("error.signIn.deactivated");
            }
            row.setFailedAttempts(0);
            row.setLockedUntil(null);
            row.setLastSignInAt(now);
            row.store();
            audit.record(tx, name, CoreAuditAction.SIGNED_IN, name, null);
            return SignInOutcome.signedIn(toUser(row));
        });
        return outcome.userOrThrow();
    }

    public void signOut(Actor actor) {
        transactions.run(tx -> audit.record(tx, actor, CoreAuditAction.SIGNED_OUT, actor.name(), null));
    }

    private SignInOutcome countFailure(DSLContext tx, AppUserRecord row, OffsetDateTime now) {
        int failures = row.getFailedAttempts() + 1;
        if (failures >= MAX_FAILED_ATTEMPTS) {
            OffsetDateTime until = now.plus(LOCK_DURATION);
            row.setFailedAttempts(0);
            row.setLockedUntil(until);
            row.store();
            audit.record(tx, row.getUsername(), CoreAuditAction.ACCOUNT_LOCKED, row.getUsername(),
                    "failed_attempts: " + failures + "; locked_until: " + until);
            return SignInOutcome.refused("error.signIn.lockedNow", MAX_FAILED_ATTEMPTS,
                    LOCK_DURATION.toMinutes());
        }
        row.setFailedAttempts(failures);
        row.store();
        audit.record(tx, row.getUsername(), CoreAuditAction.SIGN_IN_FAILED, row.getUsername(),
                "failed_attempts: " + failures);
        return SignInOutcome.refused("error.signIn.wrongCredentialsRemaining", MAX_FAILED_ATTEMPTS - failures,
                LOCK_DURATION.toMinutes());
    }

    private AppUserRecord lockCurrent(DSLContext tx, long userId, int expectedVersion) {
        AppUserRecord row = tx.selectFrom(APP_USER).where(APP_USER.ID.eq(userId)).forUpdate().fetchOne();
        if (row == null) {
            throw new UserFacingException("error.user.notFound", userId);
        }
        if (row.getRowVersion() != expectedVersion) {
            throw new UserFacingException("error.concurrentChange", row.getUsername());
        }
        return row;
    }

    private void refuseIfLastAdministrator(DSLContext tx, AppUserRecord row) {
        int otherActiveAdmins = tx.fetchCount(APP_USER, APP_USER.ROLE_CODE.eq(Role.ADMINISTRATOR.code())
                .and(APP_USER.ACTIVE.isTrue())
                .and(APP_USER.ID.ne(row.getId())));
        if (otherActiveAdmins == 0) {
            throw new UserFacingException("error.user.lastAdministrator");
        }
    }

    private static void bumpAndStore(AppUserRecord row) {
        row.setRowVersion(row.getRowVersion() + 1);
        row.store();
    }

    private static void validate(NewUser user) {
        String username = user.username() == null ? "" : user.username().trim();
        if (username.isEmpty()) {
            throw new UserFacingException("error.user.usernameRequired");
        }
        if (username.length() > MAX_USERNAME_LENGTH || username.chars().anyMatch(Character::isWhitespace)) {
            throw new UserFacingException("error.user.usernameForm", MAX_USERNAME_LENGTH);
        }
        requireDisplayName(user.displayName());
        if (user.role() == null) {
            throw new UserFacingException("error.user.roleRequired");
        }
        requirePassword(user.password());
    }

    private static String requireDisplayName(String displayName) {
        String name = displayName == null ? "" : displayName.trim();
        if (name.isEmpty()) {
            throw new UserFacingException("error.user.displayNameRequired");
        }
        if (name.length() > MAX_DISPLAY_NAME_LENGTH) {
            throw new UserFacingException("error.user.displayNameTooLong", MAX_DISPLAY_NAME_LENGTH);
        }
        return name;
    }

    private static void requirePassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new UserFacingException("error.password.tooShort", MIN_PASSWORD_LENGTH);
        }
    }

    private static String normalize(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }

    private static Role roleOf(AppUserRecord row) {
        return Role.ofCode(row.getRoleCode()).orElseThrow(
                () -> new IllegalStateException("Unknown role " + row.getRoleCode() + " of " + row.getUsername()));
    }

    private static User toUser(AppUserRecord row) {
        return new User(row.getId(), row.getUsername(), row.getDisplayName(), roleOf(row), row.getActive(),
                Optional.ofNullable(row.getLockedUntil()), row.getMustChangePassword(),
                Optional.ofNullable(row.getLastSignInAt()), row.getRowVersion());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** The result of the sign-in transaction, turned into a user or a refusal after it commits. */
    private record SignInOutcome(User user, String refusalKey, Object[] arguments) {
        static SignInOutcome signedIn(User user) {
            return new SignInOutcome(user, null, new Object[0]);
        }

        static SignInOutcome refused(String key, Object... arguments) {
            return new SignInOutcome(null, key, arguments);
        }

        User userOrThrow() {
            if (user == null) {
                throw new SignInRefusedException(refusalKey, arguments);
            }
            return user;
        }
    }
}
