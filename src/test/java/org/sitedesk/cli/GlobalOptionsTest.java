package org.sitedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.support.TestDatabases;

/**
 * The global options ({@code --db}, {@code --user}, {@code --password-file}, {@code --lang}) mean the same wherever a user puts them: before
 * the subcommand, between a command and its subcommand, and after it; where one does not apply it is
 * refused with a sentence, never dropped.
 */
class GlobalOptionsTest {
    @TempDir
    static Path folder;
    private static String db;
    private static Path password;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<String> guiStarts = new ArrayList<>();

    @BeforeAll
    static void estate() throws Exception {
        db = TestDatabases.argument(folder);
        Path units = Files.writeString(folder.resolve("units.csv"), "room,building,unit,floor,type,area\n"
                + "3-2-1502,3,2,15,residential,89.50\n3-2-1503,3,2,15,residential,90\n", StandardCharsets.UTF_8);
        Path owners = Files.writeString(folder.resolve("owners.csv"), "room,name,id_type,id_number,phone,since\n"
                + "3-2-1502,欧阳娜,身份证,11010519491231002X,13800138000,2020-01-01\n", StandardCharsets.UTF_8);
        password = Files.writeString(folder.resolve("wang.pw"), "s3cret-pass");
        GlobalOptionsTest setUp = new GlobalOptionsTest();
        assertThat(setUp.run("init", "--db", db, "--admin", "wang", "--password-file", password.toString())).isEqualTo(ExitCode.OK);
        assertThat(setUp.run("import", "--db", db, units.toString(), owners.toString(), "--user", "wang",
                "--password-file", password.toString())).isEqualTo(ExitCode.OK);
    }

    private int run(String... args) {
        CliContext context = TestCli.context(Language.ENGLISH, out, err, folder);
        GuiStarter gui = (database, demo, smoke, lang) -> {
            guiStarts.add(database + " demo=" + demo + " smoke=" + smoke + " lang=" + lang);
            return 0;
        };
        return new CommandLineApp(context, gui).run(args);
    }

    static List<List<String>> findLines() {
        return List.of(
                List.of("--db", "DB", "find", "oyn"),
                List.of("find", "--db", "DB", "oyn"),
                List.of("find", "oyn", "--db", "DB"),
                List.of("--lang", "en", "find", "oyn", "--db", "DB"),
                List.of("find", "--lang", "en", "--db=DB", "oyn"),
                List.of("find", "oyn", "--db", "DB", "--lang", "en"));
    }

    @ParameterizedTest
    @MethodSource("findLines")
    void findSearchesTheDatabaseGivenWhereverDbStands(List<String> line) {
        int code = run(line.stream().map(arg -> arg.replace("DB", db)).toArray(String[]::new));

        assertThat(code).as(err.toString()).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("3-2-1502").contains("欧阳娜");
        assertThat(folder.resolve("data")).doesNotExist();
    }

    static List<List<String>> printLines() {
        return List.of(
                List.of("--db", "DB", "--user", "wang", "--password-file", "PW", "print", "household", "3-2-1502", "--out", "OUT"),
                List.of("print", "--db", "DB", "--user", "wang", "--password-file", "PW", "household", "3-2-1502", "--out", "OUT"),
                List.of("print", "household", "--db", "DB", "--user=wang", "--password-file=PW", "3-2-1502", "--out", "OUT"),
                List.of("print", "household", "3-2-1502", "--out", "OUT", "--db", "DB", "--user", "wang", "--password-file", "PW"),
                List.of("--user", "wang", "print", "--password-file", "PW", "household", "3-2-1502", "--out", "OUT", "--db", "DB"),
                List.of("--password-file", "PW", "print", "household", "--user", "wang", "3-2-1502", "--db", "DB", "--out", "OUT"));
    }

    @ParameterizedTest
    @MethodSource("printLines")
    void printTakesDbAndTheSignInBeforeBetweenAndAfterItsSubcommand(List<String> line) throws Exception {
        Path pdf = Files.createTempFile(folder, "form", ".pdf");
        Files.delete(pdf);

        int code = run(line.stream().map(arg -> arg.replace("DB", db).replace("OUT", pdf.toString())
                .replace("PW", password.toString())).toArray(String[]::new));

        assertThat(code).as(err.toString()).isEqualTo(ExitCode.OK);
        assertThat(pdf).isNotEmptyFile();
        assertThat(folder.resolve("data")).doesNotExist();
    }

    @Test
    void dbOnACommandThatOpensNoDatabaseIsRefusedNamingIt() {
        Path estate = folder.resolve("generated");

        assertThat(run("generate", "--units", "5", "--out", estate.toString(), "--db", db)).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run("--db", db, "generate", "--units", "5", "--out", estate.toString())).isEqualTo(ExitCode.BAD_INPUT);

        assertThat(err.toString()).contains("--db does not apply to sitedesk generate");
        assertThat(estate).doesNotExist();
    }

    static List<List<String>> exportLines() {
        return List.of(
                List.of("--user", "wang", "--password-file", "PW", "export", "owners", "--out", "OUT", "--db", "DB"),
                List.of("export", "--user", "wang", "owners", "--password-file", "PW", "--out", "OUT", "--db", "DB"),
                List.of("export", "owners", "--out", "OUT", "--db", "DB", "--user", "wang", "--password-file", "PW"));
    }

    @ParameterizedTest
    @MethodSource("exportLines")
    void theOwnersExportSignsInWhereverTheSignInOptionsStand(List<String> line) throws Exception {
        Path csv = Files.createTempFile(folder, "owners", ".csv");
        Files.delete(csv);

        int code = run(line.stream().map(arg -> arg.replace("DB", db).replace("PW", password.toString())
                .replace("OUT", csv.toString())).toArray(String[]::new));

        assertThat(code).as(err.toString()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(csv)).contains("欧阳娜");
    }

    @Test
    void signInOptionsOnACommandThatNeedsNoSignInAreRefusedNamingThem() {
        Path estate = folder.resolve("generated-too");

        assertThat(run("find", "oyn", "--db", db, "--user", "wang")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run("--password-file", password.toString(), "generate", "--units", "5", "--out", estate.toString()))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run("--user", "wang", "--db", db)).isEqualTo(ExitCode.BAD_INPUT);

        assertThat(err.toString()).contains("--user does not apply to sitedesk find: it needs no sign-in on the command line")
                .contains("--password-file does not apply to sitedesk generate").contains("--user does not apply to sitedesk:");
        assertThat(out.toString()).doesNotContain("3-2-1502");
        assertThat(estate).doesNotExist();
        assertThat(guiStarts).isEmpty();
    }

    @Test
    void twoDifferentUsersOnOneLineAreRefused() {
        assertThat(run("--user", "wang", "receipts", "--db", db, "--user", "li", "--password-file", password.toString()))
                .isEqualTo(ExitCode.BAD_INPUT);

        assertThat(err.toString()).contains("--user is given twice with different values (wang / li)");
    }

    @Test
    void windowOptionsWithASubcommandAreRefusedNotDropped() {
        assertThat(run("--demo", "find", "oyn", "--db", db)).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run("--smoke", "find", "oyn", "--db", db)).isEqualTo(ExitCode.BAD_INPUT);

        assertThat(err.toString()).contains("--demo only opens the window").contains("--smoke only opens the window");
        assertThat(out.toString()).doesNotContain("3-2-1502");
        assertThat(guiStarts).isEmpty();
    }

    @Test
    void twoDifferentDatabasesOnOneLineAreRefused() {
        assertThat(run("--db", db, "find", "oyn", "--db", folder.resolve("other").toString())).isEqualTo(ExitCode.BAD_INPUT);

        assertThat(err.toString()).contains("--db names two different databases");
        assertThat(folder.resolve("other.mv.db")).doesNotExist();
    }

    @Test
    void withoutASubcommandDbAndLangOpenTheWindow() {
        assertThat(run("--db", db, "--lang", "en")).isEqualTo(0);

        assertThat(guiStarts).containsExactly(db + " demo=false smoke=false lang=ENGLISH");
    }
}
