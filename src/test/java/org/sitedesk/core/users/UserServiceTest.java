package org.sitedesk.core.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitedesk.core.db.schema.Tables.APP_USER;
import static org.sitedesk.core.db.schema.Tables.AUDIT_LOG;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.support.TestDatabase;

/** Users, roles, passwords and lock-out on a real H2 file (DOMAIN.md "Data safety" 4). */
class UserServiceTest {
    @TempDir
    Path folder;
    private TestDatabase db;
    private UserService users;
    private Actor admin;

    @BeforeEach
    void open() {
        db = new TestDatabase(folder);
        users = db.services.core().users();
        admin = db.administrator();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void passwordsAreStoredAsArgon2idWithTheRequiredParameters() {
        String hash = db.database.dsl().select(APP_USER.PASSWORD_HASH).from(APP_USER)
                .where(APP_USER.USERNAME.eq(TestDatabase.ADMIN)).fetchOne(APP_USER.PASSWORD_HASH);

        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(TestDatabase.PASSWORD);
    }

    @Test
    void theFirstAdministratorCanBeCreatedOnlyOnce() {
        assertThatThrownBy(() -> users.createFirstAdministrator("x", "intruder", "Intruder", "long-enough-1"))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("error.user.alreadyInitialised");
        assertThat(users.find("intruder")).isEmpty();
    }

    @Test
    void addingAUserWritesTheAuditRowInTheSameTransaction() {
        int before = db.auditRows();

        User cashier = users.add(admin, new NewUser("  LiNa ", "李娜", Role.CASHIER, "cashier-pass"));

        assertThat(cashier.username()).isEqualTo("lina");
        assertThat(cashier.role()).isEqualTo(Role.CASHIER);
        assertThat(db.auditRows()).isEqualTo(before + 1);
        var row = db.database.dsl().selectFrom(AUDIT_LOG).orderBy(AUDIT_LOG.ID.desc()).limit(1).fetchOne();
        assertThat(row.getActor()).isEqualTo("admin");
        assertThat(row.getActionCode()).isEqualTo("USER_CREATED");
        assertThat(row.getEntityId()).isEqualTo("lina");
        assertThat(row.getSummary()).contains("role: CASHIER").doesNotContain("cashier-pass");
    }

    @Test
    void aTakenUsernameIsRefusedWhateverItsCase() {
        users.add(admin, new NewUser("lina", "李娜", Role.CASHIER, "cashier-pass"));
        int before = db.auditRows();

        assertThatThrownBy(() -> users.add(admin, new NewUser("LINA", "另一个李娜", Role.CLERK, "another-pass")))
                .hasMessageContaining("error.user.usernameTaken");
        assertThat(db.auditRows()).isEqualTo(before);
    }

    @Test
    void shortPasswordsAndMissingNamesAreRefusedNamingTheField() {
        assertThatThrownBy(() -> users.add(admin, new NewUser("lina", "李娜", Role.CASHIER, "short")))
                .hasMessageContaining("error.password.tooShort");
        assertThatThrownBy(() -> users.add(admin, new NewUser("", "李娜", Role.CASHIER, "long-enough")))
                .hasMessageContaining("error.user.usernameRequired");
        assertThatThrownBy(() -> users.add(admin, new NewUser("li na", "李娜", Role.CASHIER, "long-enough")))
                .hasMessageContaining("error.user.usernameForm");
        assertThatThrownBy(() -> users.add(admin, new NewUser("lina", " ", Role.CASHIER, "long-enough")))
                .hasMessageContaining("error.user.displayNameRequired");
    }

    @Test
    void aCashierMayNotManageUsersAndNothingIsWritten() {
        Actor cashier = db.userWithRole("lina", Role.CASHIER);
        int before = db.auditRows();

        assertThatThrownBy(() -> users.list(cashier)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> users.add(cashier, new NewUser("zhang", "张三", Role.ADMINISTRATOR, "pass-word-1")))
                .isInstanceOf(PermissionDeniedException.class)
                .satisfies(e -> assertThat(((PermissionDeniedException) e).permission()).isEqualTo(Permission.MANAGE_USERS));
        assertThat(users.find("zhang")).isEmpty();
        assertThat(db.auditRows()).isEqualTo(before);
    }

    @Test
    void aCorrectPasswordSignsInAndIsAudited() {
        User signedIn = users.signIn(" Admin ", TestDatabase.PASSWORD);

        assertThat(signedIn.username()).isEqualTo("admin");
        assertThat(signedIn.lastSignInAt()).isPresent();
        assertThat(db.database.dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION_CODE.eq("SIGNED_IN"))).isEqualTo(1);
    }

    @Test
    void anUnknownUserGetsTheSameAnswerAsAWrongPassword() {
        assertThatThrownBy(() -> users.signIn("nobody", "whatever-1"))
                .isInstanceOf(SignInRefusedException.class)
                .hasMessageContaining("error.signIn.wrongCredentials");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutes() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            int remaining = 5 - attempt;
            assertThatThrownBy(() -> users.signIn("admin", "wrong-password"))
                    .isInstanceOf(SignInRefusedException.class)
                    .satisfies(e -> assertThat(((SignInRefusedException) e).arguments()[0]).isEqualTo(remaining));
        }
        assertThatThrownBy(() -> users.signIn("admin", "wrong-password"))
                .hasMessageContaining("error.signIn.lockedNow");

        // locked: even the right password is refused, and the refusal says until when (09:15 site time)
        db.clock.advance(Duration.ofMinutes(14));
        assertThatThrownBy(() -> users.signIn("admin", TestDatabase.PASSWORD))
                .isInstanceOf(SignInRefusedException.class)
                .hasMessageContaining("error.signIn.locked")
                .hasMessageContaining("09:15");
        assertThat(db.database.dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION_CODE.eq("ACCOUNT_LOCKED"))).isEqualTo(1);

        db.clock.advance(Duration.ofMinutes(1));
        assertThat(users.signIn("admin", TestDatabase.PASSWORD).username()).isEqualTo("admin");
    }

    @Test
    void aSuccessfulSignInResetsTheCountOfWrongPasswords() {
        for (int attempt = 0; attempt < 4; attempt++) {
            assertThatThrownBy(() -> users.signIn("admin", "wrong-password")).isInstanceOf(SignInRefusedException.class);
        }
        users.signIn("admin", TestDatabase.PASSWORD);

        assertThatThrownBy(() -> users.signIn("admin", "wrong-password"))
                .hasMessageContaining("error.signIn.wrongCredentialsRemaining");
    }

    @Test
    void aResetPasswordLiftsTheLockAndMustBeChangedAtTheNextSignIn() {
        Actor cashier = db.userWithRole("lina", Role.CASHIER);
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThatThrownBy(() -> users.signIn("lina", "wrong-password")).isInstanceOf(SignInRefusedException.class);
        }
        User locked = users.find("lina").orElseThrow();

        users.resetPassword(admin, locked.id(), locked.version(), "temporary-1");

        User signedIn = users.signIn("lina", "temporary-1");
        assertThat(signedIn.mustChangePassword()).isTrue();
        assertThatThrownBy(() -> users.changeOwnPassword(cashier, "wrong-current", "brand-new-1"))
                .hasMessageContaining("error.password.currentWrong");
        users.changeOwnPassword(cashier, "temporary-1", "brand-new-1");
        assertThat(users.signIn("lina", "brand-new-1").mustChangePassword()).isFalse();
    }

    @Test
    void aDeactivatedUserCannotSignInAndCanBeReactivated() {
        db.userWithRole("lina", Role.CASHIER);
        User lina = users.find("lina").orElseThrow();

        User deactivated = users.setActive(admin, lina.id(), lina.version(), false);

        assertThatThrownBy(() -> users.signIn("lina", TestDatabase.PASSWORD))
                .hasMessageContaining("error.signIn.deactivated");
        users.setActive(admin, deactivated.id(), deactivated.version(), true);
        assertThat(users.signIn("lina", TestDatabase.PASSWORD).active()).isTrue();
    }

    @Test
    void theLastActiveAdministratorCannotBeDeactivatedOrDemoted() {
        Actor other = db.userWithRole("boss", Role.ADMINISTRATOR);
        User first = users.find("admin").orElseThrow();

        assertThatThrownBy(() -> users.setActive(admin, first.id(), first.version(), false))
                .hasMessageContaining("error.user.cannotDeactivateSelf");
        User boss = users.find(other.name()).orElseThrow();
        users.setActive(admin, boss.id(), boss.version(), false);
        assertThatThrownBy(() -> users.update(admin, first.id(), first.version(), "王管理", Role.SUPERVISOR))
                .hasMessageContaining("error.user.lastAdministrator");
        assertThat(users.find("admin").orElseThrow().role()).isEqualTo(Role.ADMINISTRATOR);
    }

    @Test
    void aChangeBasedOnAStaleCopyIsRefused() {
        db.userWithRole("lina", Role.CASHIER);
        User copyA = users.find("lina").orElseThrow();
        User copyB = users.find("lina").orElseThrow();
        users.update(admin, copyA.id(), copyA.version(), "李娜", Role.SUPERVISOR);

        assertThatThrownBy(() -> users.update(admin, copyB.id(), copyB.version(), "李娜娜", Role.CLERK))
                .hasMessageContaining("error.concurrentChange");
        User now = users.find("lina").orElseThrow();
        assertThat(now.role()).isEqualTo(Role.SUPERVISOR);
        assertThat(now.displayName()).isEqualTo("李娜");
    }

    @Test
    void anUpdateRecordsBeforeAndAfter() {
        db.userWithRole("lina", Role.CASHIER);
        User lina = users.find("lina").orElseThrow();

        users.update(admin, lina.id(), lina.version(), "李娜", Role.SUPERVISOR);

        String summary = db.database.dsl().select(AUDIT_LOG.SUMMARY).from(AUDIT_LOG)
                .where(AUDIT_LOG.ACTION_CODE.eq("USER_UPDATED")).fetchOne(AUDIT_LOG.SUMMARY);
        assertThat(summary).isEqualTo("display_name: lina → 李娜; role: CASHIER → SUPERVISOR");
    }
}
