package org.sitedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitedesk.core.db.schema.Tables.FOUND_ITEM;
import static org.sitedesk.core.db.schema.Tables.FOUND_ITEM_CLAIM;

import java.io.StringWriter;
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
import org.sitedesk.app.Services;
import org.sitedesk.core.db.Database;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.NewUser;
import org.sitedesk.core.users.Role;
import org.sitedesk.support.MutableClock;
import org.sitedesk.support.TestDatabase;
import org.sitedesk.support.TestDatabases;

/**
 * The lost and found commands as a script uses them (issue 17 item 8): names, options and the CSV
 * header fixed; every refusal exits 2 with one line and changes nothing. The clock reads
 * 2026-11-23 09:00.
 */
class LostCommandsTest {
    private static final String WALLET = "黑色皮革钱包";
    private static final String SECRET = "夹层有一张全家福照片";

    @TempDir
    Path folder;
    private StringWriter out;
    private StringWriter err;
    private String db;
    private Path password;

    /** A new database whose first administrator is wang, made by init as a site does; zhou is a clerk. */
    @BeforeEach
    void site() throws Exception {
        db = TestDatabases.argument(folder);
        password = Files.writeString(folder.resolve("wang.pw"), TestDatabase.PASSWORD + "\n");
        assertThat(run("init", "--db", db, "--admin", "wang", "--password-file", password.toString())).isEqualTo(ExitCode.OK);
        try (Database database = TestDatabases.open(db)) {
            Services services = Services.wire(database, MutableClock.atNineOnAMonday());
            Actor wang = Actor.of(services.core().users().find("wang").orElseThrow());
            services.core().users().add(wang, new NewUser("zhou", "周敏", Role.CLERK, TestDatabase.PASSWORD));
        }
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CliContext context = TestCli.context(Language.CHINESE, out, err, folder);
        return new CommandLineApp(context, (database, demo, smoke, lang) -> 0).run(args);
    }

    /** The line as {@code user} signs in to it. */
    private int as(String user, String... args) {
        List<String> line = new ArrayList<>(List.of(args));
        line.addAll(List.of("--db", db, "--user", user, "--password-file", password.toString()));
        return run(line.toArray(String[]::new));
    }

    private int wang(String... args) {
        return as("wang", args);
    }

    private String lastLine() {
        String[] lines = out.toString().strip().split("\\R");
        return lines[lines.length - 1];
    }

    private String wallet() {
        assertThat(wang("lost", "found", "--what", WALLET, "--category", "钱包/卡", "--where", "3栋1单元大堂",
                "--at", "2026-11-22T18:30", "--finder", "王建军", "--cash", "520.50", "--witness", "李秀英",
                "--private", SECRET, "--value", "valuable")).as(err.toString()).isEqualTo(ExitCode.OK);
        return lastLine();
    }

    private int rows(org.jooq.Table<?> table) {
        try (Database database = TestDatabases.open(db)) {
            return database.dsl().fetchCount(table);
        }
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replace("\n", "").replace("\r", "");
        }
    }

    @Test
    void aFoundItemIsLoggedWithItsNumberOnTheLastLineAndListedAsCsvWithTheFixedHeader() {
        String number = wallet();
        assertThat(number).isEqualTo("SW-2026-000001");
        assertThat(out.toString()).contains("已登记 SW-2026-000001：黑色皮革钱包（钱包/卡）");
        assertThat(wang("lost", "found", "--what", "蓝色折叠雨伞", "--category", "OTHER", "--where", "南门岗亭",
                "--at", "2026-11-23 07:45", "--finder", "陈小红")).isEqualTo(ExitCode.OK);
        assertThat(wang("lost", "notice", "SW-2026-000002", "--posted", "2026-11-23")).isEqualTo(ExitCode.OK);

        assertThat(wang("lost", "list", "--format", "csv")).isEqualTo(ExitCode.OK);

        assertThat(out.toString().split("\\R")).containsExactly(
                "number,what,category,found_at,state,notice_posted,due_on",
                "SW-2026-000001,黑色皮革钱包,钱包/卡,2026-11-22 18:30,held,,",
                "SW-2026-000002,蓝色折叠雨伞,其他,2026-11-23 07:45,held,2026-11-23,2027-11-24");
    }

    /** A third decimal, cash without a witness, a date that is no date: exit 2, one line, nothing stored. */
    @Test
    void badInputExitsTwoWithOneLineAndStoresNothing() {
        assertThat(wang("lost", "found", "--what", WALLET, "--category", "WALLET", "--where", "大堂", "--at", "2026-11-22T18:30",
                "--finder", "王建军", "--cash", "520.505", "--witness", "李秀英")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("金额 520.505 不对：须为最多两位小数的数。");
        assertThat(wang("lost", "found", "--what", WALLET, "--category", "WALLET", "--where", "大堂", "--at", "2026-11-22T18:30",
                "--finder", "王建军", "--cash", "520.50")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("sitedesk: 现金和贵重物品须当着见证人清点，请填写见证人姓名。");
        assertThat(wang("lost", "found", "--what", WALLET, "--category", "WALLET", "--where", "大堂", "--at", "昨天",
                "--finder", "王建军")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("时间 昨天 的格式不对，请写成 2026-11-23T18:30。");
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(rows(FOUND_ITEM)).isZero();
    }

    /** The notice prints the public part only; an item whose notice is not recorded is refused. */
    @Test
    void theNoticeIsRecordedThenPrintedWithoutThePrivatePart() throws Exception {
        String number = wallet();
        Path pdf = folder.resolve("notice.pdf");
        assertThat(wang("print", "lostnotice", number, "--out", pdf.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("SW-2026-000001 还没有记录招领启事：请先运行 sitedesk lost notice SW-2026-000001。");
        assertThat(pdf).doesNotExist();

        assertThat(wang("lost", "notice", number)).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("SW-2026-000001 的招领启事 2026-11-23 张贴，2027-11-24 起到期");
        assertThat(wang("print", "lostnotice", number, "--out", pdf.toString())).isEqualTo(ExitCode.OK);

        assertThat(pdfText(pdf)).contains("招领启事", number, WALLET, "3栋1单元大堂", "张贴日期：2026-11-23")
                .doesNotContain(SECRET, "520.50", "李秀英", "王建军");
    }

    /**
     * A claim: a bad resident ID exits 2 naming the check and changes nothing; a good one hands the item
     * back and its receipt prints with the number masked; a second claim, or one on an item with the
     * police, exits 2.
     */
    @Test
    void aClaimChecksTheIdNumberAndAClaimedItemOrOneWithThePoliceIsRefused() throws Exception {
        String number = wallet();
        assertThat(wang("lost", "claim", number, "--claimant", "张三", "--id-type", "身份证", "--id-number", "110105194912310021"))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("sitedesk: 身份证号码校验位不正确，请核对。");
        assertThat(rows(FOUND_ITEM_CLAIM)).isZero();

        assertThat(wang("lost", "claim", number, "--claimant", "张三", "--id-type", "resident_id", "--id-number", "11010519491231002X",
                "--proof", "说出了夹层里的全家福照片")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("SW-2026-000001 已由 张三 认领（身份证 110105********002X）");
        Path receipt = folder.resolve("claim.pdf");
        assertThat(wang("print", "claim", number, "--out", receipt.toString())).isEqualTo(ExitCode.OK);
        assertThat(pdfText(receipt)).contains("失物领取单", number, "张三", "110105********002X", "领取人签字")
                .doesNotContain("11010519491231002X");

        assertThat(wang("lost", "claim", number, "--claimant", "李四", "--id-type", "passport", "--id-number", "E12345678"))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("sitedesk: SW-2026-000001 已于 2026-11-23 由 张三 认领，不能再次认领或处理。");

        assertThat(wang("lost", "found", "--what", "居民身份证一张", "--category", "证件", "--where", "车库", "--at", "2026-11-23T08:10",
                "--finder", "陈小红")).isEqualTo(ExitCode.OK);
        String card = lastLine();
        assertThat(wang("lost", "police", card, "--station", "朝阳区东湖派出所", "--officer", "刘建华", "--officer-number", "011234"))
                .isEqualTo(ExitCode.OK);
        Path list = folder.resolve("handover.pdf");
        assertThat(wang("print", "handover", card, "--out", list.toString())).isEqualTo(ExitCode.OK);
        assertThat(pdfText(list)).contains("拾得物品移交清单", "朝阳区东湖派出所", "刘建华（警号 011234）", "居民身份证一张");
        assertThat(wang("lost", "claim", card, "--claimant", "刘洋", "--id-type", "身份证", "--id-number", "11010519491231002X"))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("sitedesk: SW-2026-000002 已于 2026-11-23 移交朝阳区东湖派出所，请失主到派出所认领。");
        assertThat(rows(FOUND_ITEM_CLAIM)).isEqualTo(1);
    }

    /**
     * Disposal: before the item is due, exit 2 with the day it will be; after its year (notice
     * 2025-10-02, due from 2026-10-03) a supervisor disposes of it; a clerk is refused. {@code --due-on}
     * keeps the items whose period ended before that day began.
     */
    @Test
    void disposalWaitsForTheYearAndNeedsASupervisor() {
        assertThat(wang("lost", "found", "--what", "灰色羊毛围巾", "--category", "衣物", "--where", "儿童游乐场",
                "--at", "2025-10-01T16:20", "--finder", "赵红梅", "--finder-kind", "staff")).isEqualTo(ExitCode.OK);
        String scarf = lastLine();
        assertThat(wang("lost", "notice", scarf, "--posted", "2025-10-02")).isEqualTo(ExitCode.OK);
        String umbrella = wallet();
        assertThat(wang("lost", "notice", umbrella)).isEqualTo(ExitCode.OK);

        assertThat(wang("lost", "list", "--due-on", "2026-10-02", "--format", "csv")).isEqualTo(ExitCode.OK);
        assertThat(out.toString().strip().lines()).containsExactly("number,what,category,found_at,state,notice_posted,due_on");
        assertThat(wang("lost", "list", "--due-on", "2026-10-03", "--format", "csv")).isEqualTo(ExitCode.OK);
        assertThat(out.toString().strip().lines()).containsExactly("number,what,category,found_at,state,notice_posted,due_on",
                "SW-2026-000001,灰色羊毛围巾,衣物,2025-10-01 16:20,held,2025-10-02,2026-10-03");

        assertThat(wang("lost", "dispose", umbrella, "--how", "donated")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("sitedesk: SW-2026-000002 的保管期未满，2027-11-24 起才能处置。");
        assertThat(as("zhou", "lost", "dispose", scarf, "--how", "donated")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("失物招领：批准处置");
        assertThat(wang("lost", "dispose", scarf, "--how", "扔掉")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("不认识处置方式 扔掉：请用 donated, destroyed, authorities。");

        assertThat(wang("lost", "dispose", scarf, "--how", "捐赠", "--note", "捐给社区爱心衣物站")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("SW-2026-000001 已捐赠，2026-11-23");
        assertThat(wang("lost", "list", "--format", "csv")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("SW-2026-000001,灰色羊毛围巾,衣物,2025-10-01 16:20,disposed,2025-10-02,2026-10-03");
        assertThat(rows(FOUND_ITEM)).as("nothing is deleted").isEqualTo(2);
    }

    @Test
    void theCommandsSignInLikeTheOthers() {
        assertThat(run("lost", "list", "--db", db)).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("sitedesk lost list", "--user");
        assertThat(as("zhou", "lost", "list")).isEqualTo(ExitCode.OK);
    }
}
