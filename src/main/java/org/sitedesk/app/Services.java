package org.sitedesk.app;

import java.time.Clock;
import org.sitedesk.backup.BackupService;
import org.sitedesk.core.CoreServices;
import org.sitedesk.core.db.Database;
import org.sitedesk.core.db.DatabaseLocation;
import org.sitedesk.estate.EstateServices;
import org.sitedesk.fees.FeeServices;
import org.sitedesk.lostfound.LostFoundServices;
import org.sitedesk.lostfound.PhotoStore;
import org.sitedesk.print.PrintServices;
import org.sitedesk.print.Printers;
import org.sitedesk.repair.RepairServices;

/**
 * The composition root: every feature's services, built once per open database and handed to the
 * window and the command line. Each feature wires its own from core's pieces and the features it
 * builds on; nothing else constructs a service.
 */
public record Services(
        CoreServices core,
        PrintServices print,
        EstateServices estate,
        FeeServices fees,
        RepairServices repair,
        LostFoundServices lostFound,
        BackupService backups) {

    public static Services wire(Database database, Clock clock) {
        return wire(database, clock, new Printers());
    }

    /** As {@link #wire(Database, Clock)}, printing through the given printers (the operating system's in the application). */
    public static Services wire(Database database, Clock clock, Printers printers) {
        CoreServices core = CoreServices.wire(database, clock);
        EstateServices estate = EstateServices.wire(core);
        FeeServices fees = FeeServices.wire(core, estate.units());
        return new Services(core, PrintServices.wire(core, printers), estate, fees,
                RepairServices.wire(core, estate.units(), fees.billing()),
                LostFoundServices.wire(core, estate.units(),
                        PhotoStore.folderFor(database.location(), DatabaseLocation.userDataFolder())),
                new BackupService(database, core.audit(), clock, estate.units(), fees.payments(),
                        core.backupSettings()));
    }
}
