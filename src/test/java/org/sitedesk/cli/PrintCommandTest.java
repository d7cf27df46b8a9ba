package org.sitedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.support.MutableClock;
import org.sitedesk.support.TestDatabases;

/** {@code sitedesk print …}: printouts as PDF files from a script, with exit 2 naming what is wrong. */
class PrintCommandTest {
    @TempDir
    Path folder;
    private StringWriter out;
    private StringWriter err;
    private String db;

    private int run(String... args) {
        return runIn(Language.CHINESE, args);
    }

    private int runIn(Language language, String... args) {
        return new CommandLineApp(context(language), (database, demo, smoke, lang) -> 0).run(args);
    }

    private CliContext context(Language language) {
        out = new StringWriter();
        err = new StringWriter();
        return new CliContext(new Messages(language), new PrintWriter(out, true),
                new PrintWriter(err, true), MutableClock.atNineOnAMonday(), "wang", folder.resolve("data"));
    }

    @BeforeEach
    void sampleEstate() {
        db = TestDatabases.argument(folder);
        assertThat(run("init", "--db", db, "--sample")).isEqualTo(ExitCode.OK);
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theHouseholdFormOfASampleRoomIsWrittenAsPdf() throws Exception {
        Path pdf = folder.resolve("1-1-1103.pdf");

        assertThat(run("print", "household", "1-1-1103", "--db", db, "--out", pdf.toString())).isEqualTo(ExitCode.OK);

        assertThat(out.toString()).contains("已生成 " + pdf);
        assertThat(text(pdf)).contains("业主登记表", "1-1-1103", "宋建芳", "370102********2532", "cli:wang");
    }

    @Test
    void aCommandLineInEnglishPrintsInTheSitesLanguageAndSaysSoInEnglish() throws Exception {
        Path pdf = folder.resolve("1-1-1103.pdf");

        assertThat(runIn(Language.ENGLISH, "print", "household", "1-1-1103", "--db", db, "--out", pdf.toString()))
                .isEqualTo(ExitCode.OK);

        assertThat(out.toString()).contains("Wrote " + pdf);
        assertThat(text(pdf)).contains("业主登记表", "业主签字").doesNotContain("Household registration form");

        CliContext english = context(Language.ENGLISH);
        english.withServices(db, services -> services.core().siteSettings().save(english.actor(),
                services.core().siteSettings().load().withPrintoutLanguage(Language.ENGLISH)));
        assertThat(run("print", "household", "1-1-1103", "--db", db, "--out", pdf.toString())).isEqualTo(ExitCode.OK);

        assertThat(out.toString()).contains("已生成 " + pdf);
        assertThat(text(pdf)).contains("Household registration form", "Owner signature", "1-1-1103")
                .doesNotContain("业主登记表");
    }

    @Test
    void anUnknownOrMalformedRoomExitsTwoNamingIt() {
        Path pdf = folder.resolve("x.pdf");

        assertThat(run("print", "household", "9-9-9999", "--db", db, "--out", pdf.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("房号 9-9-9999 不存在。");
        assertThat(run("print", "household", "1502", "--db", db, "--out", pdf.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("1502");
        assertThat(Files.exists(pdf)).isFalse();
    }

    @Test
    void theTestPageOfAPrintoutCarriesItsPaperAndOffset() throws Exception {
        Path pdf = folder.resolve("test.pdf");

        assertThat(run("print", "testpage", "register", "--db", db, "--out", pdf.toString())).isEqualTo(ExitCode.OK);
        assertThat(text(pdf)).contains("打印测试页", "清单", "A4 横向", "297 × 210 mm", "水平 0.0 mm");

        assertThat(run("print", "testpage", "receipt", "--db", db, "--out", pdf.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip()).startsWith("没有名为 receipt 的单据；可用的有：household, register, receipt-form, ");
    }
}
