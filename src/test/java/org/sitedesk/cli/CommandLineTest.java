package org.sitedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.app.Services;
import org.sitedesk.core.audit.AuditEntry;
import org.sitedesk.core.audit.AuditQuery;
import org.sitedesk.core.db.Database;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.User;
import org.sitedesk.support.MutableClock;
import org.sitedesk.support.TestDatabases;

/** The command line as a script would use it: exit codes, one line per problem, the user's language. */
class CommandLineTest {
    @TempDir
    Path folder;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<String> guiStarts = new ArrayList<>();

    private int run(Language language, String... args) {
        CliContext context = TestCli.context(language, out, err, folder);
        GuiStarter gui = (db, demo, smoke, lang) -> {
            guiStarts.add(db + " demo=" + demo + " smoke=" + smoke + " lang=" + lang);
            return 0;
        };
        return new CommandLineApp(context, gui).run(args);
    }

    private int run(String... args) {
        return run(Language.ENGLISH, args);
    }

    /** Makes wang the first administrator of {@code db}; the password file is the one to sign in with. */
    private Path administrator(String db) throws Exception {
        Path password = Files.writeString(folder.resolve("wang.pw"), "s3cret-pass\n", StandardCharsets.UTF_8);
        assertThat(run("init", "--db", db, "--admin", "wang", "--password-file", password.toString())).isEqualTo(ExitCode.OK);
        return password;
    }

    private static String[] as(Path password, String... args) {
        List<String> line = new ArrayList<>(List.of(args));
        line.addAll(List.of("--user", "wang", "--password-file", password.toString()));
        return line.toArray(String[]::new);
    }

    @Test
    void initCreatesTheDatabaseAndTheFirstAdministratorAuditedUnderTheirOwnName() throws Exception {
        String db = TestDatabases.argument(folder);
        Path password = Files.writeString(folder.resolve("pw.txt"), "\uFEFFs3cret-pass\n", StandardCharsets.UTF_8);

        int code = run("init", "--db", db, "--admin", "wang", "--password-file", password.toString());

        assertThat(code).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("Database ready: ").contains("Administrator wang created.");
        try (Database database = TestDatabases.open(db)) {
            Services services = Services.wire(database, MutableClock.atNineOnAMonday());
            User wang = services.core().users().signIn("wang", "s3cret-pass");
            assertThat(wang.role().name()).isEqualTo("ADMINISTRATOR");
            List<AuditEntry> log = services.core().auditSearch().search(Actor.of(wang), AuditQuery.everything());
            assertThat(log).filteredOn(entry -> entry.actionCode().equals("USER_CREATED"))
                    .singleElement().extracting(AuditEntry::actor).isEqualTo("wang");
        }
    }

    @Test
    void runningInitTwiceChangesNothing() throws Exception {
        String db = TestDatabases.argument(folder);
        Path password = Files.writeString(folder.resolve("pw.txt"), "s3cret-pass");
        run("init", "--db", db, "--admin", "wang", "--password-file", password.toString());
        int rowsBefore = auditRows(db);

        int code = run("init", "--db", db, "--admin", "wang", "--password-file", password.toString());

        assertThat(code).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("User wang exists already; nothing changed.");
        assertThat(auditRows(db)).isEqualTo(rowsBefore);
    }

    @Test
    void aShortPasswordIsReportedAsFileLineColumnAndNothingIsCreated() throws Exception {
        Assumptions.assumeTrue(TestDatabases.onH2(), "checks that no H2 file is created");
        Path password = Files.writeString(folder.resolve("pw.txt"), "short\n");

        int code = run("init", "--db", folder.resolve("site").toString(), "--admin", "wang",
                "--password-file", password.toString());

        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo(password + ":1:1: A password needs at least 8 characters.");
        assertThat(folder.resolve("site.mv.db")).doesNotExist();
    }

    @Test
    void aWrongOptionExitsTwoWithOneLine() {
        int code = run("init", "--colour");

        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip().lines()).singleElement().asString()
                .contains("Unknown option: '--colour'").contains("sitedesk init --help");
    }

    @Test
    void aFileThatIsNotADatabaseGivesOneSentenceAndExitsTwo() throws Exception {
        Assumptions.assumeTrue(TestDatabases.onH2(), "a file given as --db is an H2 database");
        Path notes = Files.writeString(folder.resolve("notes.txt"), "not a database");

        int code = run("init", "--db", notes.toString());

        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip().lines()).singleElement().asString()
                .startsWith("sitedesk: ").contains("is not a SiteDesk database file").doesNotContain("Exception");
    }

    @Test
    void helpIsInTheUsersLanguage() {
        assertThat(run(Language.CHINESE, "--help")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("用法：").contains("不带子命令时打开窗口").contains("init");

        out.getBuffer().setLength(0);
        assertThat(run(Language.ENGLISH, "init", "--help")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("Usage:").contains("--password-file").contains("On a database with no users");
    }

    @Test
    void noSubcommandStartsTheWindowWithTheOptionsGiven() {
        assertThat(run("--demo", "--lang", "en")).isEqualTo(0);
        assertThat(run("--db", "x.mv.db", "--smoke")).isEqualTo(0);

        assertThat(guiStarts).containsExactly("null demo=true smoke=false lang=ENGLISH",
                "x.mv.db demo=false smoke=true lang=null");
    }

    @Test
    void aMistypedWindowOptionIsReportedAndNoWindowOpens() {
        // the window's line is read by the root command alone; anything it does not take goes to the whole tree
        assertThat(run("--smok")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run("--demo", "fnd", "oyn")).isEqualTo(ExitCode.BAD_INPUT);

        assertThat(guiStarts).isEmpty();
        assertThat(err.toString()).contains("Unknown option: '--smok'").contains("'fnd'");
    }

    @Test
    void onlyALineOfWindowOptionsStartsJavaFxBeforeItIsRead() {
        assertThat(RootCommand.opensOnlyTheWindow(new String[] {})).isTrue();
        assertThat(RootCommand.opensOnlyTheWindow(new String[] {"--demo", "--smoke", "--lang", "en"})).isTrue();
        assertThat(RootCommand.opensOnlyTheWindow(new String[] {"--db=site.mv.db", "--lang=zh_CN"})).isTrue();
        assertThat(RootCommand.opensOnlyTheWindow(new String[] {"--db", "jdbc:postgresql://server/site"})).isTrue();

        // a subcommand, help, an unknown option, a missing value: the command line needs no display
        assertThat(RootCommand.opensOnlyTheWindow(new String[] {"find", "oyn"})).isFalse();
        assertThat(RootCommand.opensOnlyTheWindow(new String[] {"--db", "site.mv.db", "find", "oyn"})).isFalse();
        assertThat(RootCommand.opensOnlyTheWindow(new String[] {"--help"})).isFalse();
        assertThat(RootCommand.opensOnlyTheWindow(new String[] {"--version"})).isFalse();
        assertThat(RootCommand.opensOnlyTheWindow(new String[] {"--smok"})).isFalse();
        assertThat(RootCommand.opensOnlyTheWindow(new String[] {"--db"})).isFalse();
        assertThat(RootCommand.opensOnlyTheWindow(new String[] {"--demo=yes"})).isFalse();
    }

    @Test
    void theLanguageComesFromLangOrTheSystem() {
        assertThat(CommandLineApp.languageOf(new String[] {"--lang", "en", "init"}, java.util.Locale.CHINA))
                .isEqualTo(Language.ENGLISH);
        assertThat(CommandLineApp.languageOf(new String[] {"--lang=zh_CN"}, java.util.Locale.US))
                .isEqualTo(Language.CHINESE);
        assertThat(CommandLineApp.languageOf(new String[] {"init"}, java.util.Locale.CHINA)).isEqualTo(Language.CHINESE);
        assertThat(CommandLineApp.languageOf(new String[] {"init"}, java.util.Locale.GERMANY)).isEqualTo(Language.ENGLISH);
    }

    @Test
    void versionNamesTheBuild() {
        assertThat(run("--version")).isEqualTo(0);
        assertThat(out.toString()).startsWith("SiteDesk ");
    }

    @Test
    void generateImportFindAndExportWorkTogether() throws Exception {
        Path data = folder.resolve("estate");
        assertThat(run("generate", "--units", "120", "--seed", "9", "--out", data.toString())).isEqualTo(ExitCode.OK);
        String db = TestDatabases.argument(folder);
        Path password = administrator(db);
        String units = data.resolve("units.csv").toString();
        String owners = data.resolve("owners.csv").toString();

        assertThat(run(as(password, "import", "--db", db, "--dry-run", units, owners))).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("Checked: 120 units would be added");
        assertThat(run(as(password, "import", "--db", db, units, owners))).isEqualTo(ExitCode.OK);
        assertThat(run(as(password, "import", "--db", db, units, owners))).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("Imported: 120 units added").contains("Imported: 0 units added (120 already there)");

        out.getBuffer().setLength(0);
        assertThat(run("find", "--db", db, "--format", "csv", "1-1-10")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).startsWith("room,owners,phones,matched").containsPattern("(?m)^1-1-101,[^,]+,1\\d\\d\\*{4}\\d{4}.*,1-1-101$");
        assertThat(run("find", "--db", db, "9-9-999")).isEqualTo(ExitCode.FAILURE);

        Path exported = folder.resolve("owners-out.xlsx");
        assertThat(run(as(password, "export", "owners", "--db", db, "--format", "xlsx", "--out", exported.toString())))
                .isEqualTo(ExitCode.OK);
        assertThat(exported).exists();
    }

    @Test
    void aBadImportFilePrintsEveryProblemAsFileLineColumnAndExitsTwo() throws Exception {
        Path bad = Files.writeString(folder.resolve("units.csv"), "room,building,unit,floor,type,area\n"
                + "3-2-1502,3,2,15,residential,89.755\n3-2-1503,3,2,15,villa,90\n", StandardCharsets.UTF_8);
        String db = TestDatabases.argument(folder);
        Path password = administrator(db);
        err.getBuffer().setLength(0);

        int code = run(as(password, "import", "--db", db, bad.toString()));

        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip().lines()).containsExactly(
                bad + ":2:6: The area has at most two decimals: 89.755",
                bad + ":3:5: Unknown type villa (residential, shop, office or parking).",
                "Nothing was imported: 2 problems found, and the database is as it was.");
    }

    private static int auditRows(String db) {
        try (Database database = TestDatabases.open(db)) {
            return database.dsl().fetchCount(org.sitedesk.core.db.schema.Tables.AUDIT_LOG);
        }
    }
}
