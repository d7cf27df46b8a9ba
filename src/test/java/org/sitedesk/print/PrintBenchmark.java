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

    private PrintBenchmark() {
    }

    public static void main(String[] args) throws Exception {
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
            System.out.printf("household form, first in this JVM: %.1f ms%n", (System.nanoTime() - start) / 1e6);
            report("household form, warm fill + PDF", times(() -> reports.pdf(form)));

            List<List<String>> rows = db.services.estate().units().buildings().stream()
                    .flatMap(building -> building.entrances().stream()
                            .flatMap(entrance -> db.services.estate().units().unitsOf(building.code(), entrance).stream()))
                    .map(tile -> List.of(tile.room().toString(), tile.floor(), tile.ownerNames())).toList();
            Printout list = RegisterPrintout.of("住户清单", "", List.of(new RegisterColumn("房号", 90),
                    new RegisterColumn("楼层", 50), new RegisterColumn("业主", 300)), rows, stamp, Locale.CHINA);
            report("list of " + rows.size() + " rows, warm fill + PDF", times(() -> reports.pdf(list)));
        }
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

    private static void report(String what, long[] micros) {
        System.out.printf("%s: median %.1f ms, p95 %.1f ms, max %.1f ms (%d runs)%n", what, micros[RUNS / 2] / 1000.0,
                micros[RUNS * 95 / 100] / 1000.0, micros[RUNS - 1] / 1000.0, RUNS);
    }
}
