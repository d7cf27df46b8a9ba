package org.sitedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitedesk.core.db.schema.Tables.ACCESS_PASS;
import static org.sitedesk.core.db.schema.Tables.CABINET_KEY;
import static org.sitedesk.core.db.schema.Tables.FEE_PAYMENT;
import static org.sitedesk.core.db.schema.Tables.KEY_LOAN;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.db.Database;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Role;
import org.sitedesk.support.EstateFixture;
import org.sitedesk.support.TestDatabase;
import org.sitedesk.support.TestDatabases;

/**
 * Issue 16 item 9: {@code key} and {@code pass} as a script uses them, signed in like every command;
 * the last line is the new number, the CSV header is exact, and bad input exits 2 with one line and
 * changes nothing.
 */
class KeyAndPassCommandsTest {
    @TempDir
    Path folder;
    private StringWriter out;
    private StringWriter err;
    private String db;
    private Path password;

    private int asUser(String user, String... args) {
        List<String> line = new ArrayList<>(List.of(args));
        line.addAll(List.of("--db", db, "--user", user, "--password-file", password.toString()));
        return run(line.toArray(String[]::new));
    }

    private int as(String... args) {
        return asUser("admin", args);
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CliContext context = TestCli.context(Language.CHINESE, out, err, folder);
        return new CommandLineApp(context, (database, demo, smoke, lang) -> 0).run(args);
    }

    private List<String> lines() {
        return out.toString().lines().toList();
    }

    private String lastLine() {
        List<String> lines = lines();
        return lines.get(lines.size() - 1);
    }

    /** What the command left behind: keys, loans, passes and payments, counted. */
    private List<Integer> rows() {
        try (Database opened = TestDatabases.open(db)) {
            return List.of(opened.dsl().fetchCount(CABINET_KEY), opened.dsl().fetchCount(KEY_LOAN),
                    opened.dsl().fetchCount(ACCESS_PASS), opened.dsl().fetchCount(FEE_PAYMENT));
        }
    }

    @BeforeEach
    void estate() throws Exception {
        try (TestDatabase test = new TestDatabase(folder.resolve("site"))) {
            db = test.argument();
            password = Files.writeString(folder.resolve("admin.pw"), TestDatabase.PASSWORD);
            Actor admin = test.administrator();
            test.userWithRole("xiao", Role.CLERK);
            new EstateFixture(test).unit("3-2-1502", "15", "89.75");
            test.services.repair().settings().addCommonArea(admin, "1号楼水泵房");
        }
    }

    @Test
    void keysArePutInLentListedAndReturned() {
        assertThat(as("key", "cabinet", "A", "--name", "前台钥匙柜", "--hooks", "40")).isEqualTo(ExitCode.OK);
        assertThat(lastLine()).isEqualTo("已新增钥匙柜 A（前台钥匙柜，40 个挂钩）。");
        assertThat(as("key", "add", "--opens", "3-2-1502", "--hook", "A-07", "--copies", "2")).isEqualTo(ExitCode.OK);
        assertThat(lines()).containsExactly("钥匙 K0001（3-2-1502，2 把）已挂在 A-07。", "K0001");
        assertThat(as("key", "add", "--opens", "1号楼水泵房", "--hook", "8", "--sealed")).isEqualTo(ExitCode.OK);
        assertThat(lastLine()).isEqualTo("K0002");

        assertThat(asUser("xiao", "key", "lend", "K0001", "--to", "王师傅", "--phone", "13900139000", "--purpose", "检修水管",
                "--due", "2026-11-23T17:00")).isEqualTo(ExitCode.OK);
        assertThat(lastLine()).isEqualTo("钥匙 K0001 已借给 王师傅，应于 2026-11-23 17:00 归还。");
        assertThat(as("key", "list", "--format", "csv")).isEqualTo(ExitCode.OK);
        assertThat(lines()).containsExactly("number,hook,opens,copies,sealed,state,borrower,due,overdue",
                "K0001,A-07,3-2-1502,2,,lent,王师傅,2026-11-23 17:00,",
                "K0002,A-08,1号楼水泵房,1,sealed,in_cabinet,,,");

        assertThat(asUser("xiao", "key", "return", "k1")).isEqualTo(ExitCode.OK);
        assertThat(lastLine()).isEqualTo("钥匙 K0001 已由 王师傅 归还，挂回 A-07。");
        assertThat(asUser("xiao", "key", "list")).isEqualTo(ExitCode.OK);
        assertThat(lines()).containsExactly("K0001  A-07  3-2-1502  2 把  在柜", "K0002  A-08  1号楼水泵房  1 把  在柜（封存）");
    }

    @Test
    void lendingAKeyThatIsOutOrWithoutTheIdExitsTwoAndChangesNothing() {
        as("key", "cabinet", "A", "--name", "前台钥匙柜", "--hooks", "40");
        as("key", "add", "--opens", "3-2-1502", "--hook", "A-07");
        as("key", "lend", "K0001", "--to", "王师傅", "--phone", "13900139000", "--purpose", "检修", "--due", "2026-11-23T17:00");
        List<Integer> before = rows();

        assertThat(as("key", "lend", "K0001", "--to", "李师傅", "--phone", "13600136000", "--purpose", "检修",
                "--due", "2026-11-23T18:00")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().lines().toList()).containsExactly(
                "sitedesk: 钥匙 K0001 已借给 王师傅，还没有归还：一把钥匙不能同时借出两次。");
        assertThat(as("key", "lend", "K0001", "--to", "赵工", "--phone", "13700137000", "--purpose", "装修",
                "--due", "tomorrow", "--kind", "contractor")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().lines().toList()).containsExactly("时间“tomorrow”应写成 YYYY-MM-DDTHH:MM。");
        assertThat(as("key", "add", "--opens", "9-9-909", "--hook", "A-09")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().lines().toList()).hasSize(1).first().asString().contains("9-9-909");
        assertThat(as("key", "lend", "K0009", "--to", "李师傅", "--phone", "13600136000", "--purpose", "检修",
                "--due", "2026-11-23T18:00")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("sitedesk: 找不到钥匙 K0009。");

        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void passesAreIssuedLostReissuedListedPrintedAndReturned() throws Exception {
        assertThat(as("pass", "issue", "3-2-1502", "--type", "ACCESS_CARD", "--holder", "张三", "--number", "0012345678"))
                .isEqualTo(ExitCode.OK);
        assertThat(lines()).containsExactly("已发放门禁卡 0012345678 给 张三（3-2-1502），有效期至 2031-11-22。押金 50.00 元，收据 2026-000001。",
                "0012345678");
        assertThat(asUser("xiao", "pass", "issue", "3-2-1502", "--type", "业主证", "--holder", "张三")).isEqualTo(ExitCode.OK);
        assertThat(lastLine()).isEqualTo("P2026-00001");
        assertThat(asUser("xiao", "pass", "lost", "0012345678")).isEqualTo(ExitCode.OK);
        assertThat(lastLine()).isEqualTo("0012345678 已挂失作废（挂失人 张三）。");
        assertThat(as("pass", "reissue", "0012345678")).isEqualTo(ExitCode.OK);
        assertThat(lines()).containsExactly("0012345678 已补办为 P2026-00002。补办费 20.00 元，收据 2026-000002。", "P2026-00002");

        assertThat(as("pass", "list", "--format", "csv")).isEqualTo(ExitCode.OK);
        assertThat(lines()).containsExactly("number,type,room,holder,valid_until,status,deposit",
                "0012345678,ACCESS_CARD,3-2-1502,张三,2031-11-22,lost,0.00",
                "P2026-00001,OWNER,3-2-1502,张三,2029-11-22,valid,0.00",
                "P2026-00002,ACCESS_CARD,3-2-1502,张三,2031-11-22,valid,50.00");
        assertThat(as("pass", "list", "--valid-on", "2026-11-23", "--format", "csv")).isEqualTo(ExitCode.OK);
        assertThat(lines()).containsExactly("number,type,room,holder,valid_until,status,deposit",
                "P2026-00001,OWNER,3-2-1502,张三,2029-11-22,valid,0.00",
                "P2026-00002,ACCESS_CARD,3-2-1502,张三,2031-11-22,valid,50.00");

        Path card = folder.resolve("card.pdf");
        assertThat(as("print", "pass", "P2026-00002", "--out", card.toString())).isEqualTo(ExitCode.OK);
        try (PDDocument document = Loader.loadPDF(card.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("门禁卡", "张三", "3-2-1502", "P2026-00002",
                    "2026-11-23 至 2031-11-22", "照片", "补办");
            assertThat(document.getPage(0).getMediaBox().getWidth()).isBetween(242f, 244f);
        }
        Path access = folder.resolve("access.csv");
        assertThat(as("export", "access_cards", "--out", access.toString())).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(access, StandardCharsets.UTF_8)).contains("0012345678,invalid,ACCESS_CARD",
                "P2026-00002,valid,ACCESS_CARD");

        assertThat(as("pass", "return", "P2026-00002", "--method", "现金")).isEqualTo(ExitCode.OK);
        assertThat(lastLine()).isEqualTo("P2026-00002 已退证，退还押金 50.00 元，退款收据 2026-000003。");
    }

    @Test
    void reissuingAPassThatIsNotLostABadDepositAnUnknownRoomOrTypeExitTwoAndChangeNothing() {
        as("pass", "issue", "3-2-1502", "--type", "ACCESS_CARD", "--holder", "张三", "--number", "0012345678");
        List<Integer> before = rows();

        assertThat(as("pass", "reissue", "0012345678")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().lines().toList()).containsExactly("sitedesk: 0012345678 没有挂失，不能补办：先挂失，再补办。");
        assertThat(as("pass", "issue", "3-2-1502", "--type", "ACCESS_CARD", "--holder", "李四", "--deposit", "50.005"))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().lines().toList()).containsExactly("押金“50.005”应为不小于 0、最多两位小数的金额。");
        assertThat(as("pass", "issue", "9-9-909", "--type", "ACCESS_CARD", "--holder", "李四")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().lines().toList()).containsExactly("房号 9-9-909 不存在。");
        assertThat(as("pass", "issue", "3-2-1502", "--type", "饭卡", "--holder", "李四")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().lines().toList()).containsExactly("sitedesk: 没有证件类型“饭卡”。");
        assertThat(asUser("xiao", "pass", "issue", "3-2-1502", "--type", "ACCESS_CARD", "--holder", "李四"))
                .as("a clerk takes no deposit").isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().lines().toList()).hasSize(1);
        assertThat(as("pass", "issue", "3-2-1502", "--type", "ACCESS_CARD", "--holder", "李四", "--number", "0012345678"))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("0012345678");

        assertThat(rows()).isEqualTo(before);
    }
}
