package org.sitedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.app.Services;
import org.sitedesk.core.db.Database;
import org.sitedesk.core.db.schema.Tables;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.NewUser;
import org.sitedesk.core.users.Role;
import org.sitedesk.support.MutableClock;
import org.sitedesk.support.TestDatabase;
import org.sitedesk.support.TestDatabases;

/**
 * Commands that change data or show personal data sign in as the window does: the same refusals,
 * the same lock-out, the role's permissions, and audit rows under the user's own name.
 */
class SignInTest {
    @TempDir
    Path folder;
    private StringWriter out;
    private StringWriter err;
    private String db;
    private Path adminPassword;
    private Path wrongPassword;
    private final List<String> asked = new ArrayList<>();
    /** The sample's receipts: its fee payments and its renovations' deposits, fees and refunds. */
    private int sampleReceipts;

    /** The sample estate, its first administrator admin, and zhao, a clerk. */
    @BeforeEach
    void estate() throws Exception {
        db = TestDatabases.argument(folder);
        adminPassword = Files.writeString(folder.resolve("admin.pw"), TestDatabase.PASSWORD + "\n");
        wrongPassword = Files.writeString(folder.resolve("wrong.pw"), "not-the-password\n");
        assertThat(run("init", "--db", db, "--admin", "admin", "--password-file", adminPassword.toString(), "--sample"))
                .isEqualTo(ExitCode.OK);
        try (Database database = TestDatabases.open(db)) {
            Services services = Services.wire(database, MutableClock.atNineOnAMonday());
            Actor admin = Actor.of(services.core().users().find("admin").orElseThrow());
            services.core().users().add(admin, new NewUser("zhao", "赵文", Role.CLERK, TestDatabase.PASSWORD));
            sampleReceipts = database.dsl().fetchCount(Tables.FEE_PAYMENT);
        }
    }

    private int run(String... args) {
        return run(Map.of(), PasswordPrompt.NONE, args);
    }

    private int run(Map<String, String> environment, PasswordPrompt prompt, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return new CommandLineApp(TestCli.context(Language.ENGLISH, out, err, folder, environment, prompt),
                (database, demo, smoke, lang) -> 0).run(args);
    }

    private int pay(String... signIn) {
        List<String> line = new ArrayList<>(List.of("pay", "1-1-1102", "100", "--method", "cash", "--db", db));
        line.addAll(List.of(signIn));
        return run(line.toArray(String[]::new));
    }

    /** Receipts after the sample's. */
    private int receipts() {
        try (Database database = TestDatabases.open(db)) {
            return database.dsl().fetchCount(Tables.FEE_PAYMENT) - sampleReceipts;
        }
    }

    private List<String> auditActors(String action) {
        try (Database database = TestDatabases.open(db)) {
            return database.dsl().select(Tables.AUDIT_LOG.ACTOR).from(Tables.AUDIT_LOG)
                    .where(Tables.AUDIT_LOG.ACTION_CODE.eq(action)).orderBy(Tables.AUDIT_LOG.ID)
                    .fetch(Tables.AUDIT_LOG.ACTOR);
        }
    }

    @Test
    void withoutAUserAPaymentIsRefusedWithASentenceAndNothingChanges() {
        assertThat(pay()).isEqualTo(ExitCode.BAD_INPUT);

        assertThat(err.toString().strip()).isEqualTo("sitedesk: sitedesk pay changes data or shows personal data, so it "
                + "needs a SiteDesk user: give --user NAME (or SITEDESK_USER) and --password-file FILE (or SITEDESK_PASSWORD).");
        assertThat(out.toString()).isEmpty();
        assertThat(receipts()).isZero();
    }

    @Test
    void theOwnersExportAndTheArrearsAreRefusedWithoutAUserToo() {
        Path file = folder.resolve("owners.csv");

        assertThat(run("export", "owners", "--db", db, "--out", file.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("sitedesk export changes data or shows personal data");
        assertThat(run("arrears", "--db", db)).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run("void", "2026-000151", "--reason", "x", "--db", db)).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(file).doesNotExist();
    }

    @Test
    void aPaymentIsAuditedUnderTheSignedInUser() {
        String next = nextReceipt();
        assertThat(pay("--user", "admin", "--password-file", adminPassword.toString())).as(err.toString())
                .isEqualTo(ExitCode.OK);

        assertThat(out.toString()).endsWith(next + System.lineSeparator());
        assertThat(auditActors("PAYMENT_TAKEN")).last().isEqualTo("admin");
        assertThat(auditActors("SIGNED_IN")).containsExactly("admin");
        try (Database database = TestDatabases.open(db)) {
            assertThat(database.dsl().fetchCount(Tables.AUDIT_LOG, Tables.AUDIT_LOG.ACTOR.startsWith("cli:"))).isZero();
        }
    }

    /** The number the next receipt gets: one after the sample's last (the sample's size changes as it grows). */
    private String nextReceipt() {
        try (Database database = TestDatabases.open(db)) {
            String last = database.dsl().select(org.jooq.impl.DSL.max(Tables.FEE_PAYMENT.RECEIPT_NUMBER))
                    .from(Tables.FEE_PAYMENT).fetchOne(0, String.class);
            return String.format("2026-%06d", Integer.parseInt(last.substring(5)) + 1);
        }
    }

    @Test
    void aWrongPasswordIsRefusedAndTheFifthLocksTheAccountAsInTheWindow() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(pay("--user", "admin", "--password-file", wrongPassword.toString())).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(err.toString().strip()).isEqualTo("sitedesk: The user name or password is not correct. "
                    + (5 - attempt) + " more wrong attempts lock the account for 15 minutes.");
        }

        assertThat(pay("--user", "admin", "--password-file", wrongPassword.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("sitedesk: 5 wrong passwords in a row: the account is locked for 15 minutes.");
        assertThat(pay("--user", "admin", "--password-file", adminPassword.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("The account is locked after repeated wrong passwords; try again after 09:15");

        assertThat(receipts()).isZero();
        assertThat(auditActors("ACCOUNT_LOCKED")).containsExactly("admin");
    }

    @Test
    void aClerkWithoutThePermissionIsRefusedNamingIt() {
        String next = nextReceipt();
        assertThat(pay("--user", "admin", "--password-file", adminPassword.toString())).isEqualTo(ExitCode.OK);

        assertThat(run("void", next, "--reason", "typo", "--db", db, "--user", "zhao",
                "--password-file", adminPassword.toString())).isEqualTo(ExitCode.BAD_INPUT);

        assertThat(err.toString().strip()).isEqualTo("sitedesk: Your role is not allowed to Void receipts.");
        assertThat(auditActors("RECEIPT_VOIDED")).isEmpty();
        assertThat(run("export", "owners", "--db", db, "--user", "zhao", "--password-file", adminPassword.toString(),
                "--out", folder.resolve("owners.csv").toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("export personal data");
        assertThat(folder.resolve("owners.csv")).doesNotExist();
    }

    @Test
    void theEnvironmentVariablesSignIn() {
        int code = run(Map.of("SITEDESK_USER", "admin", "SITEDESK_PASSWORD", TestDatabase.PASSWORD), PasswordPrompt.NONE,
                "pay", "1-1-1102", "100", "--method", "cash", "--db", db);

        assertThat(code).as(err.toString()).isEqualTo(ExitCode.OK);
        assertThat(receipts()).isEqualTo(1);
        assertThat(auditActors("SIGNED_IN")).containsExactly("admin");
    }

    @Test
    void theOptionsWinOverTheEnvironment() {
        int code = run(Map.of("SITEDESK_USER", "zhao", "SITEDESK_PASSWORD", "not-the-password"), PasswordPrompt.NONE,
                "pay", "1-1-1102", "100", "--method", "cash", "--db", db, "--user", "admin",
                "--password-file", adminPassword.toString());

        assertThat(code).as(err.toString()).isEqualTo(ExitCode.OK);
    }

    @Test
    void withoutAPasswordATerminalIsAskedAndWithoutOneTheCommandIsRefused() {
        assertThat(run(Map.of("SITEDESK_USER", "admin"), PasswordPrompt.NONE,
                "pay", "1-1-1102", "100", "--method", "cash", "--db", db)).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("sitedesk: No password for admin: give --password-file FILE or "
                + "SITEDESK_PASSWORD, or run the command on a terminal to be asked.");
        assertThat(receipts()).isZero();

        PasswordPrompt terminal = prompt -> {
            asked.add(prompt);
            return Optional.of(TestDatabase.PASSWORD.toCharArray());
        };
        assertThat(run(Map.of(), terminal, "pay", "1-1-1102", "100", "--method", "cash", "--db", db, "--user", "admin"))
                .as(err.toString()).isEqualTo(ExitCode.OK);
        assertThat(asked).containsExactly("Password for admin: ");
    }

    @Test
    void anUnreadablePasswordFileIsNamedAsFileLineColumn() {
        Path missing = folder.resolve("missing.pw");

        assertThat(pay("--user", "admin", "--password-file", missing.toString())).isEqualTo(ExitCode.BAD_INPUT);

        assertThat(err.toString().strip()).startsWith(missing + ":1:1: The file cannot be read");
    }

    @Test
    void findAndGenerateNeedNoSignIn() {
        assertThat(run("find", "1-1-1102", "--db", db)).isEqualTo(ExitCode.OK);
        assertThat(run("generate", "--units", "3", "--out", folder.resolve("gen").toString())).isEqualTo(ExitCode.OK);
    }

    @Test
    void theSampleOnADatabaseWithUsersNeedsASignedInAdministrator() {
        String empty;
        try (TestDatabase test = new TestDatabase(folder.resolve("empty"))) {
            empty = test.argument();
            test.administrator();
            test.userWithRole("zhao", Role.CLERK);
        }

        assertThat(run("init", "--db", empty, "--sample")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("sitedesk init changes data or shows personal data");
        assertThat(run("init", "--db", empty, "--sample", "--user", "zhao", "--password-file", adminPassword.toString()))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("Your role is not allowed to manage users.");

        assertThat(run("init", "--db", empty, "--sample", "--admin", "admin", "--password-file", adminPassword.toString()))
                .as(err.toString()).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("User admin exists already").contains("Imported: ");
    }

    @Test
    void theSampleOnANewDatabaseNeedsItsAdministrator() {
        String fresh = TestDatabases.argument(folder.resolve("fresh"));

        assertThat(run("init", "--db", fresh, "--sample")).isEqualTo(ExitCode.BAD_INPUT);

        assertThat(err.toString()).contains("--sample on a database without users needs --admin NAME");
    }
}
