package org.sitedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.users.Actor;
import org.sitedesk.estate.files.Table;
import org.sitedesk.estate.files.TableReader;
import org.sitedesk.estate.files.TableRow;
import org.sitedesk.repair.Completion;
import org.sitedesk.repair.Priority;
import org.sitedesk.repair.RepairServices;
import org.sitedesk.repair.ReturnVisit;
import org.sitedesk.repair.Satisfaction;
import org.sitedesk.repair.ServiceRequest;
import org.sitedesk.repair.VisitWay;
import org.sitedesk.support.EstateFixture;
import org.sitedesk.support.RepairFixture;
import org.sitedesk.support.TestDatabase;

/** The repair commands as a script uses them: the dispatch slip as PDF and the request register as CSV or XLSX. */
class RepairCommandsTest {
    private static final String HEADER = "工单号,类型,位置,类别,紧急程度,状态,维修人员,报事时间,派工时间,到场时间,完工时间,关闭时间,"
            + "按时到场,按时完工,满意度,返修原单";

    @TempDir
    Path folder;
    private StringWriter out;
    private StringWriter err;
    private String db;
    private Path password;

    /** The line as admin signs in to it: the same name and password file on every line. */
    private int as(String... args) {
        List<String> line = new ArrayList<>(List.of(args));
        line.addAll(List.of("--user", "admin", "--password-file", password.toString()));
        return run(line.toArray(String[]::new));
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CliContext context = TestCli.context(Language.CHINESE, out, err, folder);
        return new CommandLineApp(context, (database, demo, smoke, lang) -> 0).run(args);
    }

    /**
     * From 09:00 on 2026-11-23: 000001 a plumbing repair dispatched to 王师傅; 000002 a complaint not
     * dispatched yet; 000003 an emergency dispatched to 李师傅, reached at 09:20, finished at 10:00,
     * visited at 10:30 with the owner unsatisfied, which opened the rework 000004.
     */
    @BeforeEach
    void requests() throws Exception {
        try (TestDatabase test = new TestDatabase(folder.resolve("site"))) {
            db = test.argument();
            password = Files.writeString(folder.resolve("admin.pw"), TestDatabase.PASSWORD);
            Actor admin = test.administrator();
            long unit = new EstateFixture(test).unit("3-2-1502", "15", "89.75");
            RepairFixture fixture = new RepairFixture(test);
            long wang = fixture.wang();
            long li = fixture.li();
            RepairServices repair = test.services.repair();
            fixture.dispatched(RepairFixture.repairAt(unit, "WATER", Priority.ORDINARY), wang);
            fixture.log(RepairFixture.complaintAt(unit));
            ServiceRequest lights = fixture.dispatched(RepairFixture.repairAt(unit, "POWER", Priority.EMERGENCY), li);
            test.clock.advance(Duration.ofMinutes(20));
            repair.moves().arrive(admin, lights.id(), test.clock.instant());
            test.clock.advance(Duration.ofMinutes(40));
            repair.moves().complete(admin, lights.id(), new Completion(test.clock.instant(), "更换空气开关", "空气开关 1 个",
                    Optional.empty(), Optional.empty()));
            test.clock.advance(Duration.ofMinutes(30));
            repair.followUp().recordVisit(admin, lights.id(), new ReturnVisit(test.clock.instant(), "", VisitWay.PHONE,
                    Satisfaction.DISSATISFIED, "灯还是闪"));
        }
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theDispatchSlipOfARequestIsWrittenOnA5OrA4() throws Exception {
        Path a5 = folder.resolve("slip.pdf");
        assertThat(as("print", "workorder", "BX-2026-000001", "--db", db, "--out", a5.toString())).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("已生成 " + a5);
        assertThat(pdfText(a5)).contains("派工单", "BX-2026-000001", "3-2-1502", "王师傅", "2026-11-23 11:00 前");

        Path a4 = folder.resolve("slip-a4.pdf");
        assertThat(as("print", "workorder", "bx-2026-000003", "--paper", "a4", "--db", db, "--out", a4.toString()))
                .isEqualTo(ExitCode.OK);
        assertThat(pdfText(a4)).contains("BX-2026-000003", "3-2-1502", "李师傅", "急修");
        try (PDDocument document = Loader.loadPDF(a4.toFile())) {
            assertThat(document.getPage(0).getMediaBox().getHeight()).isGreaterThan(document.getPage(0).getMediaBox().getWidth());
        }
    }

    @Test
    void anUnknownRequestNumberExitsTwoNamingIt() {
        Path pdf = folder.resolve("x.pdf");

        assertThat(as("print", "workorder", "BX-2026-999999", "--db", db, "--out", pdf.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("找不到工单 BX-2026-999999。");
        assertThat(Files.exists(pdf)).isFalse();
        assertThat(as("print", "workorder", "BX-2026-000001", "--paper", "a3", "--db", db, "--out", pdf.toString()))
                .isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void theRequestRegisterIsExportedAsCsvWithItsTimesAndLimitsInChinese() throws Exception {
        Path csv = folder.resolve("requests.csv");

        assertThat(as("export", "requests", "--db", db, "--out", csv.toString())).isEqualTo(ExitCode.OK);

        assertThat(out.toString()).contains("已导出 4 行到 " + csv);
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        assertThat(text.substring(1).split("\r\n")).containsExactly(
                HEADER,
                "BX-2026-000001,报修,3-2-1502,给排水,一般,已派工,王师傅,2026-11-23 09:00,2026-11-23 09:00,,,,,,,",
                "BX-2026-000002,投诉,3-2-1502,保洁,一般,待派工,,2026-11-23 09:00,,,,,,,,",
                "BX-2026-000003,报修,3-2-1502,电气照明,急修,已关闭,李师傅,2026-11-23 09:00,2026-11-23 09:00,"
                        + "2026-11-23 09:20,2026-11-23 10:00,2026-11-23 10:30,是,是,不满意,",
                "BX-2026-000004,报修,3-2-1502,电气照明,一般,待派工,,2026-11-23 10:30,,,,,,,,BX-2026-000003");
    }

    @Test
    void theRequestRegisterIsExportedAsXlsxWithTheSameCells() {
        Path xlsx = folder.resolve("requests");

        assertThat(as("export", "requests", "--db", db, "--format", "xlsx", "--out", xlsx.toString())).isEqualTo(ExitCode.OK);

        Table table = TableReader.read(folder.resolve("requests.xlsx"));
        assertThat(table.isReadable()).isTrue();
        assertThat(table.rows()).hasSize(5);
        assertThat(cells(table.rows().get(0))).isEqualTo(List.of(HEADER.split(",")));
        assertThat(cells(table.rows().get(3))).containsExactly("BX-2026-000003", "报修", "3-2-1502", "电气照明", "急修",
                "已关闭", "李师傅", "2026-11-23 09:00", "2026-11-23 09:00", "2026-11-23 09:20", "2026-11-23 10:00",
                "2026-11-23 10:30", "是", "是", "不满意", "");
        assertThat(cells(table.rows().get(4)).get(15)).isEqualTo("BX-2026-000003");
    }

    private static List<String> cells(TableRow row) {
        return IntStream.range(0, 16).mapToObj(row::cell).toList();
    }
}
