package org.sitedesk.print;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.core.sample.SampleData;
import org.sitedesk.core.users.Actor;
import org.sitedesk.estate.HouseholdForm;
import org.sitedesk.estate.RoomCode;
import org.sitedesk.estate.UnitTile;
import org.sitedesk.support.TestDatabase;

/**
 * Writes one PDF of every printout, filled from the sample estate, into the folder given (default
 * {@code target/printouts}); {@code docs/printouts/} holds them as PNGs made with
 * {@code pdftoppm -r 100 -png}. Run:
 * {@code mvn -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.sitedesk.print.PrintoutGallery}
 */
public final class PrintoutGallery {
    private PrintoutGallery() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/printouts");
        Files.createDirectories(out);
        Messages chinese = new Messages(Language.CHINESE);
        try (TestDatabase db = new TestDatabase(Files.createTempDirectory("gallery"))) {
            Actor admin = db.administrator();
            SampleData.load(db.services, admin);
            PrintStamp stamp = PrintStamp.of(db.services.siteSettings().load(), admin,
                    LocalDateTime.of(2026, 11, 23, 9, 30), chinese);
            ReportEngine reports = db.services.reports();
            long unit = db.services.estate().unit(RoomCode.parse("1-1-1103").orElseThrow()).orElseThrow().id();
            reports.pdf(HouseholdForm.of(db.services.households().card(unit), stamp, chinese), out.resolve("household.pdf"));
            List<UnitTile> tiles = db.services.estate().unitsOf("1", "1");
            List<List<String>> rows = tiles.stream().map(tile -> List.of(tile.room().toString(), tile.floor(),
                    chinese.get(tile.type()), chinese.get(tile.occupancy()), tile.ownerNames())).toList();
            reports.pdf(RegisterPrintout.of("1 栋 1 单元 住户清单", "共 " + rows.size() + " 条",
                    List.of(new RegisterColumn("房号", 90), new RegisterColumn("楼层", 50), new RegisterColumn("类型", 70),
                            new RegisterColumn("入住状态", 70), new RegisterColumn("业主", 260)),
                    rows, stamp, Locale.CHINA), out.resolve("register.pdf"));
            PrintoutType threePartForm = new PrintoutType("receipt", "household", Paper.FORM_241_93, "print.register.name");
            reports.pdf(TestPage.of(threePartForm, PrintOffset.NONE, stamp, chinese), out.resolve("testpage-241x93.pdf"));
        }
    }
}
