package org.sitedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.renovation.Renovation;
import org.sitedesk.support.EstateFixture;
import org.sitedesk.support.RenovationFixture;
import org.sitedesk.support.TestDatabase;

/** The renovation commands as a script uses them (issue 18 item 9): names, last lines, the CSV header, exit 2 on refusals. */
class RenovationCommandsTest {
    @TempDir
    Path folder;
    private StringWriter out;
    private StringWriter err;
    private String db;
    private Path password;
    private String issued;

    private int as(String... args) {
        List<String> line = new ArrayList<>(List.of(args));
        line.addAll(List.of("--user", "admin", "--password-file", password.toString()));
        out = new StringWriter();
        err = new StringWriter();
        CliContext context = TestCli.context(Language.CHINESE, out, err, folder);
        return new CommandLineApp(context, (database, demo, smoke, lang) -> 0).run(line.toArray(String[]::new));
    }

    private String lastLine() {
        String[] lines = out.toString().strip().split("\\R");
        return lines[lines.length - 1];
    }

    /** 3-2-1502 and 3-2-1602; on 3-2-1502 a permit issued and paid (ZX-2026-0001). */
    @BeforeEach
    void estate() throws Exception {
        try (TestDatabase test = new TestDatabase(folder.resolve("site"))) {
            db = test.argument();
            password = Files.writeString(folder.resolve("admin.pw"), TestDatabase.PASSWORD);
            test.administrator();
            long unit = new EstateFixture(test).unit("3-2-1502", "15", "89.75");
            new EstateFixture(test).unit("3-2-1602", "16", "89.75");
            Renovation permit = new RenovationFixture(test).issued(unit);
            issued = permit.number();
        }
    }

    @Test
    void applyPrintsTheNumberAndApprovalRefusedNamesTheMissingDocument() {
        assertThat(as("renovation", "apply", "3-2-1602", "--contractor", "华美装饰", "--from", "2026-11-24", "--to", "2026-12-10",
                "--scope", "墙面,拆除承重墙", "--documents", "产权证明,身份证明,装修方案,施工单位资质", "--db", db)).isZero();
        assertThat(lastLine()).isEqualTo("ZX-2026-0002");

        assertThat(as("renovation", "approve", "ZX-2026-0002", "--db", db)).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("sitedesk: 不能批准 ZX-2026-0002，缺少材料：结构设计方案（拆除承重墙）。");

        assertThat(as("renovation", "reject", "ZX-2026-0002", "--reason", "缺少结构设计", "--db", db)).isZero();
        assertThat(as("renovation", "list", "--format", "csv", "--db", db)).isZero();
        assertThat(out.toString().strip().split("\\R")).containsExactly(
                "number,room,contractor,state,valid_from,valid_to,deposit_paid,deducted,refunded",
                "ZX-2026-0001,3-2-1502,华美装饰工程有限公司,IN_PROGRESS,2026-11-24,2026-12-07,2000.00,0.00,0.00",
                "ZX-2026-0002,3-2-1602,华美装饰,REJECTED,,,0.00,0.00,0.00");
    }

    @Test
    void workersInspectionsAcceptanceAndRefundFromTheCommandLine() {
        assertThat(as("renovation", "worker", issued, "--name", "赵六", "--id-number", "110105194912310021", "--trade", "木工",
                "--db", db)).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("校验位");
        assertThat(as("renovation", "worker", issued, "--name", "赵六", "--id-number", EstateFixture.ZHANG_SAN_ID, "--trade", "木工",
                "--db", db)).isZero();
        assertThat(lastLine()).isNotBlank();

        assertThat(as("renovation", "inspect", issued, "--finding", "楼道堆放垃圾", "--violation", "--deadline", "2026-11-26",
                "--db", db)).isZero();
        assertThat(lastLine()).isEqualTo("ZX-2026-0001-ZG01");
        assertThat(as("renovation", "accept", issued, "--db", db)).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("ZX-2026-0001-ZG01");
        assertThat(as("renovation", "inspect", issued, "--finding", "已清运", "--rectified", "--db", db)).isZero();
        assertThat(as("renovation", "accept", issued, "--db", db)).isZero();

        assertThat(as("renovation", "refund", issued, "--deduct", "损坏楼道墙面=2500.00", "--db", db)).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("sitedesk: 扣款合计 2500.00 超过押金 2000.00。");
        assertThat(as("renovation", "refund", issued, "--deduct", "损坏楼道墙面=300.00", "--db", db)).isZero();
        assertThat(lastLine()).isEqualTo("1700.00");
        assertThat(as("renovation", "list", "--format", "csv", "--db", db)).isZero();
        assertThat(lastLine()).isEqualTo("ZX-2026-0001,3-2-1502,华美装饰工程有限公司,REFUNDED,2026-11-24,2026-12-07,2000.00,300.00,1700.00");
    }
}
