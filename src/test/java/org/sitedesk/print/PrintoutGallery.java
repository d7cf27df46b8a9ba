package org.sitedesk.print;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitedesk.keys.CabinetKey;
import org.sitedesk.keys.KeyHandover;
import org.sitedesk.keys.KeyHandoverForm;
import org.sitedesk.keys.KeyLendingSlip;
import org.sitedesk.keys.KeyServices;
import org.sitedesk.keys.Pass;
import org.sitedesk.keys.PassCardPrintout;
import org.sitedesk.keys.PassRegisterPrintout;
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
import org.sitedesk.archive.ArchiveDocument;
import org.sitedesk.archive.ArchiveServices;
import org.sitedesk.archive.Box;
import org.sitedesk.archive.BoxLabels;
import org.sitedesk.archive.CataloguePrintout;
import org.sitedesk.archive.Loan;
import org.sitedesk.archive.LoanSlip;
import org.sitedesk.archive.RegisterPrintouts;
import org.sitedesk.repair.Channel;
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
import org.sitedesk.renovation.AcceptancePrintout;
import org.sitedesk.renovation.DepositLedgerPrintout;
import org.sitedesk.renovation.NoticeState;
import org.sitedesk.renovation.PermitPrintout;
import org.sitedesk.renovation.RectificationNotice;
import org.sitedesk.renovation.RectificationPrintout;
import org.sitedesk.renovation.Renovation;
import org.sitedesk.renovation.RenovationLookup;
import org.sitedesk.renovation.RenovationState;
import org.sitedesk.renovation.StopWorkPrintout;

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
        // the sample's team has them already
        long wang = engineer(db, "王建国");
        long li = engineer(db, "李志强");
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

    private static long engineer(TestDatabase db, String name) {
        return db.services.repair().engineers().engineers().stream().filter(engineer -> engineer.name().equals(name))
                .findFirst().orElseThrow().id();
    }

    /** The sample's pass card of 林然, the lending slip of the overdue pump-room key, a handover, the pass register. */
    private static void keyPrintouts(TestDatabase db, Actor admin, PrintStamp stamp, Messages chinese, Path out) {
        ReportEngine reports = db.services.print().reports();
        KeyServices keys = db.services.keys();
        reports.pdf(PassCardPrintout.of(keys.register().find(admin, "0012345680").orElseThrow(), stamp, chinese),
                out.resolve("pass-card.pdf"));
        CabinetKey pumps = keys.lookup().overdue(admin).get(0);
        reports.pdf(KeyLendingSlip.of(pumps, pumps.loan().orElseThrow(), stamp, chinese, db.clock.getZone()),
                out.resolve("key-slip.pdf"));
        long vacant = db.services.estate().units().unit(RoomCode.parse("1-2-402").orElseThrow()).orElseThrow().id();
        Map<Long, Integer> counted = new java.util.HashMap<>();
        keys.lookup().ofUnit(admin, vacant).forEach(key -> counted.put(key.id(), key.copies()));
        KeyHandover handover = keys.handovers().handOver(admin, vacant, "陈晓", counted, "");
        reports.pdf(KeyHandoverForm.of(handover, stamp, chinese, db.clock.getZone()), out.resolve("key-handover.pdf"));
        List<Pass> passes = keys.register().all(admin);
        reports.pdf(PassRegisterPrintout.of(passes, keys.register().depositsHeld(passes), LocalDate.now(db.clock), "", stamp),
                out.resolve("pass-register.pdf"));
    }

    /** The sample archive's first box: its catalogue, the labels of the first eight boxes, a loan slip, the registers. */
    private static void archivePrintouts(TestDatabase db, Actor admin, PrintStamp stamp, Messages chinese, Path out) {
        ReportEngine reports = db.services.print().reports();
        ArchiveServices archive = db.services.archive();
        LocalDate today = LocalDate.now(db.clock);
        List<Box> boxes = archive.shelves().boxes();
        Box first = boxes.get(0);
        reports.pdf(CataloguePrintout.of(List.of(new CataloguePrintout.BoxContents(first, archive.lookup().inBox(admin,
                first.id()))), today, stamp, chinese), out.resolve("archive-catalogue.pdf"));
        reports.pdf(BoxLabels.of(boxes.subList(0, 8), stamp, chinese), out.resolve("archive-labels.pdf"));
        Loan overdue = archive.lookup().overdueLoans(admin, today).get(0);
        ArchiveDocument lent = archive.lookup().documents(admin).stream()
                .filter(document -> document.id() == overdue.documentId()).findFirst().orElseThrow();
        reports.pdf(LoanSlip.of(overdue, lent, stamp, chinese, db.clock.getZone()), out.resolve("loan-slip.pdf"));
        reports.pdf(RegisterPrintouts.destructions(archive.destructions().register(admin), stamp, chinese),
                out.resolve("destructions.pdf"));
        reports.pdf(RegisterPrintouts.loans(archive.lending().register(admin), today, db.clock.getZone(), stamp, chinese),
                out.resolve("loans.pdf"));
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

    private static void renovationPrintouts(TestDatabase db, PrintStamp stamp, Messages chinese, Path out) {
        ReportEngine reports = db.services.print().reports();
        RenovationLookup lookup = db.services.renovation().lookup();
        List<Renovation> all = lookup.all();
        Renovation underWay = inState(all, RenovationState.IN_PROGRESS);
        reports.pdf(PermitPrintout.of(underWay, db.services.renovation().settings().load(), lookup.workers(underWay.id()),
                stamp, chinese), out.resolve("renovation-permit.pdf"));
        Renovation rectifying = inState(all, RenovationState.RECTIFYING);
        RectificationNotice notice = lookup.notices(rectifying.id()).get(lookup.notices(rectifying.id()).size() - 1);
        reports.pdf(RectificationPrintout.of(rectifying, notice, lookup.inspectionOf(notice), stamp, chinese),
                out.resolve("renovation-rectification.pdf"));
        Renovation stopped = inState(all, RenovationState.STOPPED);
        reports.pdf(StopWorkPrintout.of(stopped, lookup.notices(stopped.id()).stream()
                .filter(escalated -> escalated.state() == NoticeState.ESCALATED).toList(), lookup.endedOn(stopped).orElseThrow(),
                stamp, chinese), out.resolve("renovation-stop-work.pdf"));
        Renovation refunded = inState(all, RenovationState.REFUNDED);
        reports.pdf(AcceptancePrintout.of(refunded, lookup.acceptances(refunded.id()).get(0), stamp, chinese),
                out.resolve("renovation-acceptance.pdf"));
        reports.pdf(DepositLedgerPrintout.of(refunded, lookup.deposit(refunded), stamp, chinese),
                out.resolve("renovation-deposit.pdf"));
    }

    private static Renovation inState(List<Renovation> all, RenovationState state) {
        return all.stream().filter(renovation -> renovation.state() == state).findFirst().orElseThrow();
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
            keyPrintouts(db, admin, stamp, chinese, out);
            lostFoundPrintouts(db, admin, stamp, chinese, out);
            repairPrintouts(db, admin, unit, stamp, chinese, out);
            archivePrintouts(db, admin, stamp, chinese, out);
            renovationPrintouts(db, stamp, chinese, out);
        }
    }
}
