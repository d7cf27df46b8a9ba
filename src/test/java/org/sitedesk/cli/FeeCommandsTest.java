package org.sitedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.db.Database;
import org.sitedesk.core.db.schema.Tables;
import org.sitedesk.support.TestDatabases;

/** The fee commands as a script uses them: bill, pay, void, receipts, print receipt, fee item import. */
class FeeCommandsTest {
    @TempDir
    Path folder;
    private StringWriter out;
    private StringWriter err;
    private String db;
    private Path password;
    /** The sample's receipts: its fee payments and its renovations' deposits, fees and refunds. */
    private int sampleReceipts;

    /** The line as wang signs in to it: the same name and password file on every line. */
    private int as(String... args) {
        List<String> line = new ArrayList<>(List.of(args));
        line.addAll(List.of("--user", "wang", "--password-file", password.toString()));
        return run(line.toArray(String[]::new));
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

    @BeforeEach
    void sampleEstateWithThreeMonthsBilled() throws Exception {
        db = TestDatabases.argument(folder);
        password = Files.writeString(folder.resolve("wang.pw"), "s3cret-pass");
        assertThat(run("init", "--db", db, "--admin", "wang", "--password-file", password.toString(), "--sample"))
                .isEqualTo(ExitCode.OK);
        try (Database database = TestDatabases.open(db)) {
            sampleReceipts = database.dsl().fetchCount(Tables.FEE_PAYMENT);
        }
    }

    /** The number of the {@code nth} receipt after the sample's. */
    private String receipt(int nth) {
        return String.format("2026-%06d", sampleReceipts + nth);
    }

    @Test
    void billingAMonthAgainCreatesNothingAndSaysSo() {
        assertThat(as("bill", "--period", "2026-11", "--db", db)).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).startsWith("2026-11 的账单已经生成过（").contains("这次没有新增");

        assertThat(as("bill", "--period", "2026-12", "--db", db)).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).startsWith("2026-12：生成 ");

        assertThat(as("bill", "--period", "2026/12", "--db", db)).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("月份“2026/12”应写成 YYYY-MM，例如 2026-11。");
    }

    @Test
    void billingAMonthBeforeEveryFeeItemSaysSoAndExitsTwo() {
        // the sample's fee items start in January
        assertThat(as("bill", "--period", "2025-12", "--db", db)).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().strip()).isEqualTo("sitedesk: 2025-12 没有适用的收费项目；最早的收费项目从 2026-01 起收费。");
    }

    @Test
    void feeItemsImportedWithAnEarlierStartBillThoseMonths() throws Exception {
        Path items = Files.writeString(folder.resolve("items.csv"), "编码,名称,计费方式,单价,适用类型,起始月份\n"
                + "PROPERTY,物业服务费（住宅）,按面积,0.60,住宅,2025-10\nGARBAGE,生活垃圾清运费,按户,8,住宅,2025-10\n",
                StandardCharsets.UTF_8);
        Path bad = Files.writeString(folder.resolve("bad.csv"), "code,name,basis,rate,applies_to,from\n"
                + "WATER,二次供水费,fixed,5,residential,Oct 2025\n", StandardCharsets.UTF_8);

        assertThat(as("import", items.toString(), bad.toString(), "--db", db)).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains(bad + ":2:6: 起始月份“Oct 2025”应写成 YYYY-MM");

        assertThat(as("import", items.toString(), "--db", db)).isEqualTo(ExitCode.OK);
        assertThat(lines()).containsExactly("收费项目：新增 1 项，调整单价 0 项，未变 0 项（自 2025-10 起）。",
                "其中 1 项改为从更早的月份起收费。");
        assertThat(as("bill", "--period", "2025-10", "--db", db)).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).startsWith("2025-10：生成 ");
    }

    @Test
    void aPaymentPrintsItsReceiptNumberLastAndAppearsInTheRegisterUntilVoided() throws Exception {
        // 1-1-1102 owes three months of 94.78 m² × 0.60 = 56.868 → 56.87; the sample issued its receipts already
        assertThat(as("pay", "1-1-1102", "100", "--method", "微信", "--reference", "WX001", "--db", db)).isEqualTo(ExitCode.OK);
        assertThat(lines()).last().isEqualTo(receipt(1));

        assertThat(as("receipts", "--format", "csv", "--db", db)).isEqualTo(ExitCode.OK);
        assertThat(lines()).first().isEqualTo("number,room,kind,amount,method,paid_on,cashier,void,void_reason");
        assertThat(lines()).last().isEqualTo(receipt(1) + ",1-1-1102,payment,100.00,wechat,2026-11-23,wang,,");

        Path pdf = folder.resolve("receipt.pdf");
        assertThat(as("print", "receipt", receipt(1), "--db", db, "--out", pdf.toString())).isEqualTo(ExitCode.OK);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("收款收据", "重打", receipt(1), "1-1-1102",
                    "2026-09", "56.87", "2026-10", "43.13", "壹佰元整", "微信", "流水号 WX001");
        }

        assertThat(as("void", receipt(1), "--reason", "重复收款", "--db", db)).isEqualTo(ExitCode.OK);
        assertThat(as("receipts", "--format", "csv", "--db", db)).isEqualTo(ExitCode.OK);
        assertThat(lines()).last().isEqualTo(receipt(1) + ",1-1-1102,payment,100.00,wechat,2026-11-23,wang,void,重复收款");
    }

    @Test
    void badPaymentsExitTwoNamingWhatIsWrong() {
        assertThat(as("pay", "1-1-1103", "100", "--method", "支票", "--db", db)).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("付款方式“支票”无法识别。");
        assertThat(as("pay", "1-1-1103", "10.005", "--method", "cash", "--db", db)).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("金额“10.005”应为最多两位小数的数字。");
        assertThat(as("pay", "1-1-1103", "10", "--method", "cash", "--at", "2026-11-30", "--db", db)).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("sitedesk: 缴费日期不能晚于今天（2026-11-23）。");
        assertThat(as("pay", "9-9-909", "10", "--method", "cash", "--db", db)).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("房号 9-9-909 不存在。");
        assertThat(as("receipts", "--db", db)).isEqualTo(ExitCode.OK);
        assertThat(lines()).as("only the sample's receipts").hasSize(sampleReceipts);
    }

    @Test
    void feeItemFilesAreImportedWithTheirNewRatesFromThisMonthOrRefusedWhole() throws Exception {
        Path good = Files.writeString(folder.resolve("items.csv"), "编码,名称,计费方式,单价,适用类型\n"
                + "PROPERTY,物业服务费（住宅）,按面积,0.65,住宅\nGARBAGE,生活垃圾清运费,fixed,8,住宅|商铺\n", StandardCharsets.UTF_8);
        Path bad = Files.writeString(folder.resolve("bad.csv"), "code,name,basis,rate,applies_to\n"
                + "X1,测试,per-person,1,residential\n", StandardCharsets.UTF_8);

        assertThat(as("import", good.toString(), bad.toString(), "--db", db)).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains(bad + ":2:3: 计费方式“per-person”无法识别");

        assertThat(as("import", good.toString(), "--db", db)).isEqualTo(ExitCode.OK);
        assertThat(out.toString().strip()).isEqualTo("收费项目：新增 1 项，调整单价 1 项，未变 0 项（自 2026-11 起）。");
    }

    @Test
    void aBankStatementIsCheckedWholeThenEachRowGetsAReceiptInFileOrder() throws Exception {
        Path statement = Files.writeString(folder.resolve("wechat.csv"), "\uFEFF房号,金额,缴费日期,方式,流水号\r\n"
                + "1-1-1101,204.06,2026-11-20,微信支付,WX1001\r\n1-1-1102,50,2026-11-21,支付宝,ZFB77\r\n", StandardCharsets.UTF_8);
        Path bad = Files.writeString(folder.resolve("bad.csv"), "room,amount,paid_at,method,reference\n"
                + "1-1-1101,12.5,2026-11-20,cash,\n9-9-909,1,2026-11-20,cash,\n1-1-1101,1,2026-12-01,cash,\n",
                StandardCharsets.UTF_8);

        assertThat(as("import", bad.toString(), "--db", db)).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains(bad + ":3:1: 房号 9-9-909 不存在。", bad + ":4:3: 缴费日期不能晚于今天（2026-11-23）。");

        assertThat(as("import", statement.toString(), "--db", db)).isEqualTo(ExitCode.OK);
        assertThat(out.toString().strip()).isEqualTo("缴费记录：收款 2 笔，合计 254.06 元，收据 " + receipt(1) + " 至 " + receipt(2) + "。");
        assertThat(as("receipts", "--format", "csv", "--db", db)).isEqualTo(ExitCode.OK);
        assertThat(lines()).endsWith(receipt(1) + ",1-1-1101,payment,204.06,wechat,2026-11-20,wang,,",
                receipt(2) + ",1-1-1102,payment,50.00,alipay,2026-11-21,wang,,");
        assertThat(as("arrears", "--as-of", "2026-11-23", "--format", "csv", "--db", db)).isEqualTo(ExitCode.OK);
        assertThat(lines()).first().isEqualTo("room,owner,months_owed,principal,late_fee,total");
        assertThat(lines()).noneMatch(line -> line.startsWith("1-1-1101,"));
    }

    @Test
    void feeItemsExportInTheImportFormat() throws Exception {
        Path file = folder.resolve("items.csv");

        assertThat(as("export", "fee_items", "--db", db, "--out", file.toString())).isEqualTo(ExitCode.OK);

        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).contains("\uFEFFcode,name,basis,rate,applies_to,from",
                "PROPERTY,物业服务费（住宅）,area,0.60,residential,2026-01", "PARKING,车位管理费,fixed,150.00,parking,2026-01");
        assertThat(as("import", "--dry-run", file.toString(), "--db", db)).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("未变 4 项");
    }

    /** Data safety: a backup from the command line comes back whole, checked, on an H2 file and on a server. */
    @Test
    void backupAndRestoreFromTheCommandLine() throws Exception {
        Path backups = folder.resolve("usb");
        assertThat(run("backup", "--db", db, "--to", backups.toString())).as("needs sign-in").isEqualTo(ExitCode.BAD_INPUT);
        assertThat(as("backup", "--db", db, "--to", backups.toString())).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).startsWith("已备份到 " + backups.toAbsolutePath());
        Path backup;
        try (var files = Files.list(backups)) {
            backup = files.filter(file -> !file.toString().endsWith(".summary")).findFirst().orElseThrow();
        }
        assertThat(as("pay", "1-1-1102", "100", "--method", "cash", "--db", db)).isEqualTo(ExitCode.OK);

        String target = TestDatabases.onH2() ? db : TestDatabases.empty(folder.resolve("new")).jdbcUrl();
        assertThat(run("restore", backup.toString(), "--db", target)).as(err.toString()).isEqualTo(ExitCode.OK);

        assertThat(out.toString()).contains("核对一致");
        if (TestDatabases.onH2()) {
            assertThat(out.toString()).contains("原来的数据库已移到 ").contains("-before-restore-");
        }
        assertThat(as("receipts", "--format", "csv", "--db", target)).isEqualTo(ExitCode.OK);
        assertThat(lines()).as("the header and the sample's receipts").hasSize(sampleReceipts + 1);
    }
}
