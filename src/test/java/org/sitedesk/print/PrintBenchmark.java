package org.sitedesk.print;

import java.nio.file.Files;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.app.sample.SampleData;
import org.sitedesk.core.users.Actor;
import org.sitedesk.estate.HouseholdCard;
import org.sitedesk.estate.HouseholdForm;
import org.sitedesk.estate.RoomCode;
import org.sitedesk.support.TestDatabase;

/**
 * How long printing takes on the sample estate: the first household form in a fresh JVM (templates
 * and font loaded), then warm fill + PDF export (budget 150 ms), and a 600-row list. Run:
 * {@code mvn -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.sitedesk.print.PrintBenchmark}
 */
public final class PrintBenchmark {
    private static final int RUNS = 100;

    private static final int LIST_ROWS = 600;

    private PrintBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        org.sitedesk.bench.BenchmarkTable.print(figures());
    }

    /** The first printout, the warm household form and a 600-row list, as lines of the benchmark table. */
    public static List<org.sitedesk.bench.Figure> figures() throws Exception {
        List<org.sitedesk.bench.Figure> figures = new java.util.ArrayList<>();
        Messages chinese = new Messages(Language.CHINESE);
        try (TestDatabase db = new TestDatabase(Files.createTempDirectory("print-benchmark"))) {
            Actor admin = db.administrator();
            SampleData.load(db.services, admin);
            PrintStamp stamp = PrintStamp.of(db.services.core().siteSettings().load(), admin, LocalDateTime.now(), chinese);
            ReportEngine reports = db.services.print().reports();
            HouseholdCard card = db.services.estate().households().card(
                    db.services.estate().units().unit(RoomCode.parse("1-1-1103").orElseThrow()).orElseThrow().id());
            Printout form = HouseholdForm.of(card, stamp, chinese);

            long start = System.nanoTime();
            reports.pdf(form);
            figures.add(org.sitedesk.bench.Figure.of("print: household form, first in the JVM", "",
                    String.format("%.0f ms", (System.nanoTime() - start) / 1e6), true));
            long[] warm = times(() -> reports.pdf(form));
            figures.add(org.sitedesk.bench.Figure.of("print: household form, warm fill + PDF (median)", "≤ 150 ms",
                    String.format("%.1f ms", warm[RUNS / 2] / 1000.0), warm[RUNS / 2] / 1000.0 <= 150));

            List<List<String>> rows = db.services.estate().units().buildings().stream()
                    .flatMap(building -> building.entrances().stream()
                            .flatMap(entrance -> db.services.estate().units().unitsOf(building.code(), entrance).stream()))
                    .map(tile -> List.of(tile.room().toString(), tile.floor(), tile.ownerNames())).limit(LIST_ROWS).toList();
            while (rows.size() < LIST_ROWS) {
                rows = java.util.stream.Stream.concat(rows.stream(), rows.stream()).limit(LIST_ROWS).toList();
            }
            Printout list = RegisterPrintout.of("住户清单", "", List.of(new RegisterColumn("房号", 90),
                    new RegisterColumn("楼层", 50), new RegisterColumn("业主", 300)), rows, stamp, Locale.CHINA);
            long[] listed = times(() -> reports.pdf(list));
            figures.add(org.sitedesk.bench.Figure.of("print: a " + rows.size() + "-row list, warm fill + PDF (median)",
                    "≤ 1000 ms", String.format("%.0f ms", listed[RUNS / 2] / 1000.0), listed[RUNS / 2] / 1000.0 <= 1000));
        }
        return figures;
    }

    private static long[] times(Runnable work) {
        for (int i = 0; i < 10; i++) {
            work.run();
        }
        long[] micros = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.run();
            micros[i] = (System.nanoTime() - start) / 1000;
        }
        Arrays.sort(micros);
        return micros;
    }

}
