package org.sitedesk.print;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.app.sample.SampleData;
import org.sitedesk.core.users.Actor;
import org.sitedesk.estate.HouseholdForm;
import org.sitedesk.estate.RoomCode;
import org.sitedesk.estate.UnitTile;
import org.sitedesk.support.TestDatabase;
import org.sitedesk.core.money.Money;
import org.sitedesk.fees.ArrearsRow;
import org.sitedesk.fees.DunningNotice;
import org.sitedesk.fees.FeeBoard;
import org.sitedesk.fees.PaymentMethod;
import org.sitedesk.fees.PaymentRequest;
import org.sitedesk.fees.Receipt;
import org.sitedesk.fees.ReceiptPrintout;
import org.sitedesk.fees.ShiftPrintout;
import java.time.LocalDate;
import java.util.Optional;
import org.sitedesk.repair.Channel;
import org.sitedesk.repair.EngineerDraft;
import org.sitedesk.repair.Location;
import org.sitedesk.repair.Priority;
import org.sitedesk.repair.RequestDraft;
import org.sitedesk.repair.RequestType;
import org.sitedesk.repair.ServiceRequest;
import org.sitedesk.repair.WorkOrderPrintout;
import org.sitedesk.lostfound.ClaimReceiptPrintout;
import org.sitedesk.lostfound.FoundItem;
import org.sitedesk.lostfound.HandOverListPrintout;
import org.sitedesk.lostfound.ItemState;
import org.sitedesk.lostfound.LostFoundRegister;
import org.sitedesk.lostfound.LostFoundServices;
import org.sitedesk.lostfound.LostNoticePrintout;
import org.sitedesk.lostfound.LostReport;
import org.sitedesk.lostfound.RegisterFilter;

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

    private static void feePrintouts(TestDatabase db, Actor admin, long unit, PrintStamp stamp, Messages chinese, Path out) {
        ReportEngine reports = db.services.print().reports();
        LocalDate today = LocalDate.now(db.clock);
        Receipt receipt = db.services.fees().payments().pay(admin, new PaymentRequest(unit, Money.of("100.00"), PaymentMethod.WECHAT,
                today, "宋建芳", "WX20261123001", "", List.of()));
        reports.pdf(ReceiptPrintout.of(receipt, PrintoutTypes.RECEIPT_FORM, stamp, chinese, false), out.resolve("receipt-241x93.pdf"));
        reports.pdf(ReceiptPrintout.of(receipt, PrintoutTypes.RECEIPT_A5, stamp, chinese, true), out.resolve("receipt-a5.pdf"));
        List<ArrearsRow> owing = db.services.fees().arrears().arrears(admin, today, Optional.empty(), Optional.empty());
        reports.pdf(DunningNotice.of(owing.subList(0, 1), today, stamp, chinese), out.resolve("notice.pdf"));
        reports.pdf(ShiftPrintout.of(db.services.fees().shifts().day(admin, today), stamp, chinese, db.clock.getZone()),
                out.resolve("shift.pdf"));
        reports.pdf(FeeBoard.of(db.services.fees().items().all(), today, db.services.fees().settings().load(), stamp, chinese),
                out.resolve("feeboard.pdf"));
    }

    /** A paid plumbing repair at the sample unit, dispatched to two engineers, on both papers. */
    private static void repairPrintouts(TestDatabase db, Actor admin, long unit, PrintStamp stamp, Messages chinese, Path out) {
        long wang = db.services.repair().engineers().save(admin, Optional.empty(),
                new EngineerDraft("王建国", "13900001111", "给排水 门窗", true, true)).id();
        long li = db.services.repair().engineers().save(admin, Optional.empty(),
                new EngineerDraft("李志强", "13900002222", "电气照明", true, true)).id();
        ServiceRequest logged = db.services.repair().intake().log(admin, new RequestDraft(RequestType.REPAIR, Channel.PHONE,
                new Location(Optional.of(unit), Optional.empty(), ""), "宋建芳", "13812345678", "WATER",
                "卫生间洗手盆下水管接口漏水，地面有积水，楼下住户反映天花板有水渍", Priority.ORDINARY, Optional.empty(), true,
                Optional.empty()));
        ServiceRequest request = db.services.repair().moves().dispatch(admin, logged.id(), List.of(wang, li));
        for (boolean a4 : new boolean[] {false, true}) {
            db.services.print().reports().pdf(WorkOrderPrintout.of(request, WorkOrderPrintout.type(a4), stamp, chinese,
                    db.clock.instant(), db.clock.getZone()), out.resolve(a4 ? "workorder-a4.pdf" : "workorder-a5.pdf"));
        }
    }

    /**
     * The sample register's printouts: the notice of the items with a notice up, the claim receipt of
     * the returned schoolbag, the hand-over list of the phone, the register.
     */
    private static void lostFoundPrintouts(TestDatabase db, Actor admin, PrintStamp stamp, Messages chinese, Path out) {
        ReportEngine reports = db.services.print().reports();
        LostFoundServices lostFound = db.services.lostFound();
        List<FoundItem> items = lostFound.lookup().register(admin, RegisterFilter.all());
        LocalDate today = LocalDate.now(db.clock);
        List<FoundItem> posted = items.stream().filter(item -> item.state() == ItemState.HELD)
                .filter(item -> item.noticePosted().isPresent() && !item.isDue(today)).toList();
        reports.pdf(LostNoticePrintout.of(posted, stamp, chinese), out.resolve("lostnotice.pdf"));
        FoundItem claimed = items.stream().filter(item -> item.claim().isPresent()).findFirst().orElseThrow();
        String report = lostFound.reports().returnedWith(admin, claimed.number()).map(LostReport::number).orElse("");
        reports.pdf(ClaimReceiptPrintout.of(claimed, report, stamp, chinese, db.clock.getZone()), out.resolve("claim-a5.pdf"));
        FoundItem handed = items.stream().filter(item -> item.handOver().isPresent()).findFirst().orElseThrow();
        reports.pdf(HandOverListPrintout.of(lostFound.handOvers().sameHandOver(admin, handed.number()), stamp, chinese),
                out.resolve("handover.pdf"));
        reports.pdf(new LostFoundRegister(chinese, today).printout(items, "", stamp),
                out.resolve("lostfound-register.pdf"));
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/printouts");
        Files.createDirectories(out);
        Messages chinese = new Messages(Language.CHINESE);
        try (TestDatabase db = new TestDatabase(Files.createTempDirectory("gallery"))) {
            Actor admin = db.administrator();
            SampleData.load(db.services, admin);
            PrintStamp stamp = PrintStamp.of(db.services.core().siteSettings().load(), admin,
                    LocalDateTime.of(2026, 11, 23, 9, 30), chinese);
            ReportEngine reports = db.services.print().reports();
            long unit = db.services.estate().units().unit(RoomCode.parse("1-1-1103").orElseThrow()).orElseThrow().id();
            reports.pdf(HouseholdForm.of(db.services.estate().households().card(unit), stamp, chinese), out.resolve("household.pdf"));
            List<UnitTile> tiles = db.services.estate().units().unitsOf("1", "1");
            List<List<String>> rows = tiles.stream().map(tile -> List.of(tile.room().toString(), tile.floor(),
                    chinese.get(tile.type()), chinese.get(tile.occupancy()), tile.ownerNames())).toList();
            reports.pdf(RegisterPrintout.of("1 栋 1 单元 住户清单", "共 " + rows.size() + " 条",
                    List.of(new RegisterColumn("房号", 90), new RegisterColumn("楼层", 50), new RegisterColumn("类型", 70),
                            new RegisterColumn("入住状态", 70), new RegisterColumn("业主", 260)),
                    rows, stamp, Locale.CHINA), out.resolve("register.pdf"));
            reports.pdf(TestPage.of(PrintoutTypes.RECEIPT_FORM, PrintOffset.NONE, stamp, chinese),
                    out.resolve("testpage-241x93.pdf"));
            feePrintouts(db, admin, unit, stamp, chinese, out);
            lostFoundPrintouts(db, admin, stamp, chinese, out);
            repairPrintouts(db, admin, unit, stamp, chinese, out);
        }
    }
}
