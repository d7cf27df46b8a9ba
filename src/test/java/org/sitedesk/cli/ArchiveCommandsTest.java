package org.sitedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.db.Database;
import org.sitedesk.core.db.schema.Tables;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.users.Role;
import org.sitedesk.support.ArchiveFixture;
import org.sitedesk.support.TestDatabase;
import org.sitedesk.support.TestDatabases;

/**
 * {@code sitedesk archive …} and the archive's printouts as a script uses them (issue 15, item 9): the
 * names fixed, signed in like the other commands, and bad input refused with one line, changing nothing.
 */
class ArchiveCommandsTest {
    @TempDir
    Path folder;
    private StringWriter out;
    private StringWriter err;
    private String db;
    private Path password;

    /** Building 3 with 张三 in 3-2-1502, boxes 3-001 and 3-002; gu the archive manager, zhao a supervisor. */
    @BeforeEach
    void archive() throws Exception {
        try (TestDatabase test = new TestDatabase(Files.createDirectories(folder.resolve("site")))) {
            db = test.argument();
            new ArchiveFixture(test);
            test.userWithRole("gu", Role.ARCHIVIST);
            test.userWithRole("zhao", Role.SUPERVISOR);
        }
        password = Files.writeString(folder.resolve("pw"), TestDatabase.PASSWORD);
    }

    private int as(String user, String... args) {
        List<String> line = new ArrayList<>(List.of(args));
        line.addAll(List.of("--db", db, "--user", user, "--password-file", password.toString()));
        out = new StringWriter();
        err = new StringWriter();
        return new CommandLineApp(TestCli.context(Language.CHINESE, out, err, folder), (database, demo, smoke, lang) -> 0)
                .run(line.toArray(String[]::new));
    }

    private String lastLine() {
        String[] lines = out.toString().strip().split("\\R");
        return lines[lines.length - 1];
    }

    private int documents() {
        try (Database database = TestDatabases.open(db)) {
            return database.dsl().fetchCount(Tables.ARCHIVE_DOCUMENT);
        }
    }

    private int loans() {
        try (Database database = TestDatabases.open(db)) {
            return database.dsl().fetchCount(Tables.ARCHIVE_LOAN);
        }
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void addFilesADocumentWithItsScanAndPrintsTheNumberLast() throws Exception {
        Path scan = ArchiveFixture.pdf(folder, "covenant.pdf");

        assertThat(as("gu", "archive", "add", "3-2-1502", "--type", "业主公约", "--pages", "3", "--box", "3-001",
                "--received", "2015-07-01", "--scan", scan.toString())).as(err.toString()).isEqualTo(ExitCode.OK);

        assertThat(lastLine()).isEqualTo("3-15-2-1502-01");
        assertThat(out.toString()).contains("已登记：3-2-1502 业主公约，3 页，机密，A01 / 3-001，扫描件 1 个。");
        assertThat(as("gu", "archive", "add", "3-2-901", "--type", "装修图纸", "--pages", "6", "--level", "秘密"))
                .isEqualTo(ExitCode.OK);
        assertThat(lastLine()).isEqualTo("3-9-2-901-01");
        // beside an H2 file; for a server database, in the command line's data folder
        Path scans = TestDatabases.onH2() ? folder.resolve("site").resolve("scans") : folder.resolve("data").resolve("scans");
        assertThat(Files.list(scans)).isNotEmpty();
    }

    /** Item 9: unknown room or type, pages ≤ 0, a scan that is no PDF/JPEG/PNG: exit 2, one line, nothing filed. */
    @Test
    void badInputExitsTwoWithOneLineAndFilesNothing() throws Exception {
        Path notAScan = Files.writeString(folder.resolve("scan.pdf"), "this is text\n");
        String[][] lines = {
                {"archive", "add", "9-9-999", "--type", "业主公约", "--pages", "3"},
                {"archive", "add", "3-2-1502", "--type", "购房发票", "--pages", "3"},
                {"archive", "add", "3-2-1502", "--type", "业主公约", "--pages", "0"},
                {"archive", "add", "3-2-1502", "--type", "业主公约", "--pages", "3", "--scan", notAScan.toString()},
                {"archive", "add", "3-2-1502", "--type", "业主公约", "--pages", "3", "--level", "很机密"},
                {"archive", "add", "3-2-1502", "--type", "业主公约", "--pages", "3", "--box", "9-999"},
                {"archive", "add", "3-02-1502-x", "--type", "业主公约", "--pages", "3"}};
        List<String> said = new ArrayList<>();
        for (String[] line : lines) {
            assertThat(as("gu", line)).as(String.join(" ", line)).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(err.toString().strip().lines()).as(String.join(" ", line)).hasSize(1);
            said.add(err.toString().strip());
        }

        assertThat(said).containsExactly(
                "房号 9-9-999 不存在。",
                "没有档案类型“购房发票”（或已停用）。",
                "sitedesk: 页数须是 1 到 9999 之间的整数。",
                "sitedesk: scan.pdf 不是 PDF、JPEG 或 PNG 文件（按文件内容判断，与文件名无关）。",
                "密级须是 普通、秘密、机密 或 绝密：很机密",
                "没有档案盒 9-999。",
                "房号应为用 - 连接的三段字母或数字，例如 3-2-1502：3-02-1502-x");
        assertThat(documents()).isZero();
    }

    /** Item 9: the CSV header exactly file_no,room,owner,type,pages,level,box,status, rows in archive-number order. */
    @Test
    void listWritesTheRegisterAsCsvInArchiveNumberOrder() {
        as("gu", "archive", "add", "3-2-1502", "--type", "业主公约", "--pages", "3", "--box", "3-001");
        as("gu", "archive", "add", "3-1-101", "--type", "业主入住验房表", "--pages", "4", "--box", "3-002");
        as("gu", "archive", "add", "3-2-901", "--type", "装修图纸", "--pages", "6");

        assertThat(as("gu", "archive", "list", "--format", "csv")).isEqualTo(ExitCode.OK);
        assertThat(out.toString().strip().split("\\R")).containsExactly(
                "file_no,room,owner,type,pages,level,box,status",
                "3-1-1-101-01,3-1-101,,业主入住验房表,4,机密,3-002,on_file",
                "3-9-2-901-01,3-2-901,,装修图纸,6,普通,,on_file",
                "3-15-2-1502-01,3-2-1502,张三,业主公约,3,机密,3-001,on_file");

        assertThat(as("gu", "archive", "list", "--box", "3-001", "--format", "csv")).isEqualTo(ExitCode.OK);
        assertThat(out.toString().strip().split("\\R")).hasSize(2);
        assertThat(as("gu", "archive", "list", "--box", "9-999")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("没有档案盒 9-999。");
    }

    /** Items 4 and 9: lend, return with a different count (flagged), and the refusals that change nothing. */
    @Test
    void lendAndReturnAsTheArchiveManager() {
        as("gu", "archive", "add", "3-2-901", "--type", "装修图纸", "--pages", "6");
        as("gu", "archive", "add", "3-2-1502", "--type", "购房合同", "--pages", "12");
        String due = LocalDate.of(2026, 11, 26).toString();

        assertThat(as("gu", "archive", "lend", "3-9-2-901-01", "--to", "李工", "--reason", "核对图纸", "--due", due))
                .as(err.toString()).isEqualTo(ExitCode.OK);
        assertThat(out.toString().strip()).isEqualTo("已借出 3-9-2-901-01 给 李工，共 6 页，应于 2026-11-26 归还。");
        assertThat(as("gu", "archive", "lend", "3-9-2-901-01", "--to", "王工", "--reason", "核对图纸", "--due", due))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("sitedesk: 档案 3-9-2-901-01 已借出，应于 2026-11-26 归还。");
        assertThat(as("gu", "archive", "lend", "3-15-2-1502-01", "--to", "张三", "--reason", "办贷款", "--due", "2026-11-23"))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("sitedesk: 您的角色没有“批准机密、绝密档案借阅（仅限室内查阅）”的权限。");
        assertThat(as("gu", "archive", "lend", "3-9-9-999-01", "--to", "李工", "--reason", "核对图纸", "--due", due))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(loans()).isEqualTo(1);

        assertThat(as("gu", "archive", "return", "3-9-2-901-01", "--pages", "5")).isEqualTo(ExitCode.OK);
        assertThat(out.toString().strip()).isEqualTo("已归还 3-9-2-901-01：借出 6 页，清点 5 页——页数不符，已标记在借阅记录上。");
        assertThat(as("gu", "archive", "return", "3-9-2-901-01", "--pages", "6")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("sitedesk: 档案 3-9-2-901-01 没有借出。");

        assertThat(as("admin", "archive", "lend", "3-15-2-1502-01", "--to", "张三", "--reason", "办贷款", "--due",
                "2026-11-23")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("仅限室内查阅");
    }

    /** Items 6 and 9: a supervisor destroys a due document with a witness; it stays listed as destroyed and is not lent. */
    @Test
    void destroyAsASupervisor() {
        as("gu", "archive", "add", "3-2-1502", "--type", "钥匙领用登记表", "--pages", "1", "--received", "2015-07-01");

        assertThat(as("gu", "archive", "destroy", "3-15-2-1502-01", "--witness", "钱监销", "--method", "碎纸机粉碎",
                "--reason", "保存期满")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(as("zhao", "archive", "destroy", "3-15-2-1502-01", "--witness", "钱监销", "--method", "碎纸机粉碎",
                "--reason", "保存期满")).as(err.toString()).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("已销毁 3-15-2-1502-01（2026-11-23，碎纸机粉碎，监销人 钱监销）");

        as("gu", "archive", "list", "--format", "csv");
        assertThat(out.toString()).contains("3-15-2-1502-01,3-2-1502,张三,钥匙领用登记表,1,机密,,destroyed");
        assertThat(as("admin", "archive", "lend", "3-15-2-1502-01", "--to", "张三", "--reason", "查阅", "--due",
                "2026-11-23")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("sitedesk: 档案 3-15-2-1502-01 已销毁。");
    }

    /** Item 7: the catalogue of a box in building → floor → room order, and labels; an unknown box writes no file. */
    @Test
    void theCatalogueAndTheLabelsPrintToPdf() throws Exception {
        as("gu", "archive", "add", "3-2-1502", "--type", "业主公约", "--pages", "3", "--box", "3-001");
        as("gu", "archive", "add", "3-1-101", "--type", "业主公约", "--pages", "3", "--box", "3-001");
        as("gu", "archive", "add", "3-2-901", "--type", "业主公约", "--pages", "3", "--box", "3-001");
        Path catalogue = folder.resolve("catalogue.pdf");
        Path labels = folder.resolve("labels.pdf");

        assertThat(as("gu", "print", "catalogue", "--box", "3-001", "--out", catalogue.toString())).isEqualTo(ExitCode.OK);
        assertThat(as("gu", "print", "labels", "--box", "3-001", "--box", "3-002", "--out", labels.toString()))
                .isEqualTo(ExitCode.OK);

        assertThat(pdfText(catalogue)).contains("业主档案目录")
                .containsSubsequence("3-1-1-101-01", "3-9-2-901-01", "3-15-2-1502-01");
        assertThat(pdfText(labels)).contains("业主档案", "装修档案", "档案盒 3-001", "档案盒 3-002");
        Path none = folder.resolve("none.pdf");
        assertThat(as("gu", "print", "labels", "--box", "9-999", "--out", none.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(none).doesNotExist();
    }

    /** Item 8: documents import from the import command like the other kinds, and the register exports. */
    @Test
    void documentsImportAndTheRegisterExports() throws Exception {
        Path file = Files.writeString(folder.resolve("docs.csv"), "房号,档案类型,页数,密级,接收日期,档案盒\n"
                + "3-2-1502,业主公约,3,,2015-07-01,3-001\n", StandardCharsets.UTF_8);

        assertThat(as("gu", "import", file.toString())).as(err.toString()).isEqualTo(ExitCode.OK);
        assertThat(out.toString().strip()).isEqualTo("档案：新登记 1 份，已有而跳过 0 份。");
        assertThat(as("gu", "import", file.toString())).isEqualTo(ExitCode.OK);
        assertThat(out.toString().strip()).isEqualTo("档案：新登记 0 份，已有而跳过 1 份。");

        Path register = folder.resolve("register.xlsx");
        assertThat(as("gu", "export", "archive", "--format", "xlsx", "--out", register.toString())).isEqualTo(ExitCode.OK);
        assertThat(register).exists();
        assertThat(as("zhao", "export", "archive", "--out", folder.resolve("r.csv").toString())).isEqualTo(ExitCode.BAD_INPUT);
    }
}
