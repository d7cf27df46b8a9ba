package org.sitedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.estate.files.TableWriter;
import org.sitedesk.support.TestDatabases;

/**
 * Owners' names that a spreadsheet would run as formulas are exported with a leading apostrophe,
 * in CSV and XLSX alike, and import back as they were.
 */
class ExportSafetyTest {
    @TempDir
    Path folder;
    private StringWriter out;
    private StringWriter err;
    private Path password;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return new CommandLineApp(TestCli.context(Language.ENGLISH, out, err, folder), (db, demo, smoke, lang) -> 0)
                .run(args);
    }

    private String signedInDatabase(String name) throws Exception {
        String db = TestDatabases.argument(folder.resolve(name));
        assertThat(run("init", "--db", db, "--admin", "wang", "--password-file", password.toString())).isEqualTo(ExitCode.OK);
        return db;
    }

    @BeforeEach
    void passwordFile() throws Exception {
        Files.createDirectories(folder.resolve("a"));
        Files.createDirectories(folder.resolve("b"));
        Files.createDirectories(folder.resolve("c"));
        password = Files.writeString(folder.resolve("wang.pw"), "s3cret-pass");
    }

    @Test
    void formulaNamesExportWithAnApostropheAndImportBackUnchanged() throws Exception {
        String db = signedInDatabase("a");
        Path units = Files.writeString(folder.resolve("units.csv"), "room,building,unit,floor,type,area\n"
                + "3-2-1502,3,2,15,residential,89.50\n3-2-1503,3,2,15,residential,90\n", StandardCharsets.UTF_8);
        Path owners = Files.writeString(folder.resolve("owners.csv"), "room,name,id_type,id_number,phone,since\n"
                + "3-2-1502,\"=HYPERLINK(\"\"x\"\")\",身份证,11010519491231002X,13800138000,2020-01-01\n"
                + "3-2-1503,@SUM(1),身份证,440306200002291239,,2020-01-01\n", StandardCharsets.UTF_8);
        assertThat(run("import", "--db", db, units.toString(), owners.toString(), "--user", "wang",
                "--password-file", password.toString())).as(err.toString()).isEqualTo(ExitCode.OK);

        Path csv = folder.resolve("owners-out.csv");
        Path xlsx = folder.resolve("owners-out.xlsx");
        assertThat(run("export", "owners", "--db", db, "--out", csv.toString(), "--user", "wang",
                "--password-file", password.toString())).isEqualTo(ExitCode.OK);
        assertThat(run("export", "owners", "--db", db, "--format", "xlsx", "--out", xlsx.toString(), "--user", "wang",
                "--password-file", password.toString())).isEqualTo(ExitCode.OK);

        assertThat(Files.readString(csv, StandardCharsets.UTF_8))
                .contains("3-2-1502,\"'=HYPERLINK(\"\"x\"\")\",").contains("3-2-1503,'@SUM(1),");
        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile())) {
            List<Row> rows = workbook.getFirstSheet().read();
            Cell name = rows.get(1).getCell(1);
            assertThat(name.getType()).isEqualTo(CellType.STRING);
            assertThat(name.getRawValue()).isEqualTo("'=HYPERLINK(\"x\")");
            assertThat(rows.get(2).getCell(1).getRawValue()).isEqualTo("'@SUM(1)");
        }

        for (String copy : List.of("b", "c")) {
            String again = signedInDatabase(copy);
            Path file = copy.equals("b") ? csv : xlsx;
            assertThat(run("import", "--db", again, units.toString(), file.toString(), "--user", "wang",
                    "--password-file", password.toString())).as(err.toString()).isEqualTo(ExitCode.OK);
            assertThat(run("export", "owners", "--db", again, "--out", folder.resolve(copy + ".csv").toString(),
                    "--user", "wang", "--password-file", password.toString())).isEqualTo(ExitCode.OK);
            assertThat(Files.readString(folder.resolve(copy + ".csv"), StandardCharsets.UTF_8))
                    .isEqualTo(Files.readString(csv, StandardCharsets.UTF_8));
        }
    }

    @Test
    void aNegativeAmountInTheArrearsStaysANumber() {
        assertThat(TableWriter.csvLine(List.of("1-1-1102", "宋建芳", "0", "-12.50", "0.00", "-12.50")))
                .isEqualTo("1-1-1102,宋建芳,0,-12.50,0.00,-12.50");
    }
}
