package org.sitedesk.core;

import java.time.Clock;
import java.util.function.LongConsumer;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.audit.AuditSearch;
import org.sitedesk.core.db.Database;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.settings.SiteSettingsService;
import org.sitedesk.core.users.PasswordHasher;
import org.sitedesk.core.users.UserService;
import org.sitedesk.estate.EstateExport;
import org.sitedesk.estate.EstateImport;
import org.sitedesk.estate.EstateService;
import org.sitedesk.estate.HouseholdDirectory;
import org.sitedesk.estate.HouseholdFinder;
import org.sitedesk.estate.HouseholdService;
import org.sitedesk.fees.AdjustmentService;
import org.sitedesk.fees.ArrearsService;
import org.sitedesk.fees.BillingService;
import org.sitedesk.fees.DunningService;
import org.sitedesk.fees.FeeItemImport;
import org.sitedesk.fees.FeeItemService;
import org.sitedesk.fees.FeeSettingsService;
import org.sitedesk.fees.PaymentImport;
import org.sitedesk.fees.PaymentService;
import org.sitedesk.fees.ShiftService;
import org.sitedesk.print.PrintOffsetService;
import org.sitedesk.print.Printers;
import org.sitedesk.print.ReportEngine;
import org.sitedesk.repair.ComplaintLedger;
import org.sitedesk.repair.EngineerService;
import org.sitedesk.repair.RepairSettingsService;
import org.sitedesk.repair.RequestService;
import org.sitedesk.repair.ServiceFigures;

/**
 * The composition root of the services: built once per open database, handed to the window and
 * the command line. Nothing else constructs a service. Later modules add theirs here.
 */
public record Services(
        Database database,
        Clock clock,
        UserService users,
        AuditSearch auditSearch,
        SiteSettingsService siteSettings,
        EstateService estate,
        HouseholdService households,
        HouseholdFinder finder,
        EstateImport estateImport,
        EstateExport estateExport,
        PrintOffsetService printOffsets,
        ReportEngine reports,
        Printers printers,
        FeeSettingsService feeSettings,
        FeeItemService feeItems,
        BillingService billing,
        PaymentService payments,
        AdjustmentService adjustments,
        FeeItemImport feeItemImport,
        ArrearsService arrears,
        DunningService dunning,
        PaymentImport paymentImport,
        ShiftService shifts,
        RepairSettingsService repairSettings,
        EngineerService engineers,
        RequestService requests,
        ComplaintLedger complaintLedger,
        ServiceFigures serviceFigures) {

    public static Services wire(Database database, Clock clock) {
        return wire(database, clock, new Printers());
    }

    /** As {@link #wire(Database, Clock)}, printing through the given printers (the operating system's in the application). */
    public static Services wire(Database database, Clock clock, Printers printers) {
        Transactions transactions = database.transactions();
        AuditLog audit = new AuditLog(clock);
        HouseholdFinder finder = new HouseholdFinder(new HouseholdDirectory(transactions));
        LongConsumer unitChanged = finder::refresh;
        PrintOffsetService printOffsets = new PrintOffsetService(transactions, audit);
        EstateService estate = new EstateService(transactions, audit, unitChanged);
        FeeSettingsService feeSettings = new FeeSettingsService(transactions, audit);
        FeeItemService feeItems = new FeeItemService(transactions, audit, clock);
        ArrearsService arrears = new ArrearsService(transactions, feeSettings, estate);
        PaymentService payments = new PaymentService(transactions, audit, clock, feeSettings, feeItems, estate);
        BillingService billing = new BillingService(transactions, audit, clock, estate, feeItems, feeSettings);
        RepairSettingsService repairSettings = new RepairSettingsService(transactions, audit);
        return new Services(
                database,
                clock,
                new UserService(transactions, audit, new PasswordHasher(), clock),
                new AuditSearch(transactions, clock),
                new SiteSettingsService(transactions, audit),
                estate,
                new HouseholdService(transactions, audit, clock, unitChanged),
                finder,
                new EstateImport(transactions, audit, clock),
                new EstateExport(transactions, audit),
                printOffsets,
                new ReportEngine(printOffsets),
                printers,
                feeSettings,
                feeItems,
                billing,
                payments,
                new AdjustmentService(transactions, audit, clock, feeSettings),
                new FeeItemImport(transactions, audit, feeItems),
                arrears,
                new DunningService(transactions, audit, clock, arrears),
                new PaymentImport(transactions, audit, clock, payments, feeSettings, estate),
                new ShiftService(transactions, audit, clock, database, payments),
                repairSettings,
                new EngineerService(transactions, audit),
                new RequestService(transactions, audit, clock, repairSettings, estate, billing),
                new ComplaintLedger(transactions, clock),
                new ServiceFigures(transactions, clock));
    }
}
