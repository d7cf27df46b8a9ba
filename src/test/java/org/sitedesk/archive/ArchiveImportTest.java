package org.sitedesk.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.estate.ImportRefusedException;
import org.sitedesk.estate.files.FileProblem;
import org.sitedesk.estate.files.Table;
import org.sitedesk.estate.files.TableReader;
import org.sitedesk.estate.files.TableWriter;
import org.sitedesk.support.ArchiveFixture;
import org.sitedesk.support.TestDatabase;

/**
 * Archive documents from CSV or XLSX (issue 15, item 8): all rows checked first with file:line:column
 * problems, all or nothing, a second import skips what is there; the register exports in the reader's words.
 */
class ArchiveImportTest {
    @TempDir
    Path folder;
    private TestDatabase db;
    private ArchiveFixture fixture;

    @BeforeEach
    void open() {
        db = new TestDatabase(folder);
        fixture = new ArchiveFixture(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Table csv(String name, String text) throws IOException {
        return TableReader.read(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private ArchiveImport.Outcome run(Table table) {
        return fixture.archive.imports().run(fixture.admin, List.of(table), false);
    }

    @Test
    void chineseHeadersImportAndASecondImportAddsNothing() throws Exception {
        String text = "\uFEFF房号,档案类型,页数,密级,接收日期,档案盒\r\n"
                + "3-2-1502,业主公约,3,机密,2015-07-01,3-001\r\n"
                + "3-2-1502,证件复印件,2,,2015/7/1,\r\n"
                + "3-2-1502,证件复印件,2,,2015-07-01,\r\n"
                + "3-2-901,装修图纸,6,普通,2016-05-01,3-001\r\n";

        ArchiveImport.Outcome first = run(csv("docs.csv", text));
        ArchiveImport.Outcome again = run(csv("docs.csv", text));

        assertThat(first).isEqualTo(new ArchiveImport.Outcome(4, 0));
        assertThat(again).isEqualTo(new ArchiveImport.Outcome(0, 4));
        List<ArchiveDocument> filed = fixture.archive.lookup().documents(fixture.admin);
        assertThat(filed).extracting(ArchiveDocument::fileNo)
                .containsExactly("3-9-2-901-01", "3-15-2-1502-01", "3-15-2-1502-02", "3-15-2-1502-03");
        assertThat(filed.get(2).level()).as("empty level: the type's default").isEqualTo(Confidentiality.SECRET);
        assertThat(filed.get(2).received()).isEqualTo(LocalDate.of(2015, 7, 1));
        assertThat(filed.get(1).box()).map(BoxRef::code).contains("3-001");
        assertThat(filed.get(1).ownerNames()).isEqualTo("张三");
    }

    @Test
    void englishHeadersAndXlsxImportTheSame() throws Exception {
        Path xlsx = folder.resolve("docs.xlsx");
        TableWriter.write(xlsx, List.of("room", "type", "pages", "level", "received"),
                List.of(List.of("3-1-101", "业主入住验房表", "4", "secret", "2014-12-30")));

        assertThat(fixture.archive.imports().run(fixture.admin, List.of(TableReader.read(xlsx)), false))
                .isEqualTo(new ArchiveImport.Outcome(1, 0));
        assertThat(fixture.archive.lookup().documents(fixture.admin)).singleElement()
                .satisfies(document -> assertThat(document.fileNo()).isEqualTo("3-1-1-101-01"));
    }

    /** Every bad row is named with file, line and column, and nothing is written. */
    @Test
    void everyProblemIsNamedAndNothingIsImported() throws Exception {
        Table table = csv("docs.csv", "room,type,pages,level,received,box\n"
                + "3-2-1502,业主公约,3,机密,2015-07-01,3-001\n"
                + "9-9-999,业主公约,3,机密,2015-07-01,\n"
                + "3-2-1502,购房发票,3,机密,2015-07-01,\n"
                + "3-2-1502,业主公约,0,机密,2015-07-01,\n"
                + "3-2-1502,业主公约,3,很秘密,2015-07-01,\n"
                + "3-2-1502,业主公约,3,机密,2027-01-01,\n"
                + "3-2-1502,业主公约,3,机密,,9-999\n");

        assertThatThrownBy(() -> run(table)).isInstanceOfSatisfying(ImportRefusedException.class, refused -> {
            Messages chinese = new Messages(Language.CHINESE);
            assertThat(refused.problems()).extracting(problem -> problem.describe(chinese)).containsExactly(
                    "docs.csv:3:1: 房号 9-9-999 不存在。",
                    "docs.csv:4:2: 没有档案类型“购房发票”（或已停用）。",
                    "docs.csv:5:3: 页数须是 1 到 9999 之间的整数：0",
                    "docs.csv:6:4: 密级须是 普通、秘密、机密 或 绝密：很秘密",
                    "docs.csv:7:5: 接收日期 2027-01-01 在今天之后。",
                    "docs.csv:8:5: “received”列不能为空。",
                    "docs.csv:8:6: 没有档案盒 9-999。");
            assertThat(refused.problems()).extracting(FileProblem::line).doesNotContain(2);
        });
        assertThat(fixture.archive.lookup().documents(fixture.admin)).isEmpty();
    }

    /** The register exports every document in shelf order in the reader's words; the owners' names make it audited. */
    @Test
    void theRegisterExportsInShelfOrderWithoutFormulas() throws Exception {
        fixture.file(fixture.unit1502, "业主公约", 3);
        fixture.archive.filing().file(fixture.admin, new DocumentDraft(fixture.unit901, java.util.Optional.empty(),
                fixture.type("装修图纸").id(), 6, java.util.Optional.empty(), java.util.Optional.of(LocalDate.of(2016, 5, 1)),
                java.util.Optional.empty(), "=HYPERLINK(\"x\")"), List.of());
        Path out = folder.resolve("register.csv");

        int rows = fixture.archive.register().export(fixture.admin, out, LocalDate.of(2026, 11, 23),
                new Messages(Language.CHINESE));

        assertThat(rows).isEqualTo(2);
        String[] lines = java.nio.file.Files.readString(out, StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertThat(lines).containsExactly(
                "档案编号,房号,业主,档案类型,页数,密级,接收日期,保存至,位置,状态,原业主,备注",
                "3-9-2-901-01,3-2-901,,装修图纸,6,普通,2016-05-01,永久,,在档,,\"'=HYPERLINK(\"\"x\"\")\"",
                "3-15-2-1502-01,3-2-1502,张三,业主公约,3,机密,2020-03-01,永久,A01 / 3-001,在档,,");
        assertThat(db.database.dsl().fetchCount(org.sitedesk.core.db.schema.Tables.AUDIT_LOG,
                org.sitedesk.core.db.schema.Tables.AUDIT_LOG.ACTION_CODE.eq("REGISTER_EXPORTED"))).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> fixture.archive.register().export(
                db.userWithRole("xiao", org.sitedesk.core.users.Role.CLERK), out, LocalDate.of(2026, 11, 23),
                new Messages(Language.CHINESE))).isInstanceOf(org.sitedesk.core.users.PermissionDeniedException.class);
    }
}
