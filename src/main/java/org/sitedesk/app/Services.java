package org.sitedesk.app;

import java.nio.file.Path;
import java.time.Clock;
import org.sitedesk.archive.ArchiveServices;
import org.sitedesk.archive.PreviousOwnerMarks;
import org.sitedesk.backup.BackupService;
import org.sitedesk.core.CoreServices;
import org.sitedesk.core.db.Database;
import org.sitedesk.core.db.DatabaseLocation;
import org.sitedesk.estate.EstateServices;
import org.sitedesk.fees.FeeServices;
import org.sitedesk.keys.KeyServices;
import org.sitedesk.lostfound.LostFoundServices;
import org.sitedesk.print.PrintServices;
import org.sitedesk.print.Printers;
import org.sitedesk.renovation.PermitWorkerPasses;
import org.sitedesk.renovation.RenovationServices;
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
        ArchiveServices archive,
        LostFoundServices lostFound,
        BackupService backups,
        KeyServices keys,
        RenovationServices renovation) {

    public static Services wire(Database database, Clock clock) {
        return wire(database, clock, new Printers());
    }

    /** As {@link #wire(Database, Clock)}, printing through the given printers (the operating system's in the application). */
    public static Services wire(Database database, Clock clock, Printers printers) {
        return wire(database, clock, printers, RecordFiles.folder(database.location(), DatabaseLocation.userDataFolder()));
    }

    /** As above, keeping the files of records (scans, photos) under {@code recordFiles} (see {@link RecordFiles}). */
    public static Services wire(Database database, Clock clock, Printers printers, Path recordFiles) {
        CoreServices core = CoreServices.wire(database, clock);
        PreviousOwnerMarks ownerChanges = ArchiveServices.ownerChanges(core);
        EstateServices estate = EstateServices.wire(core, ownerChanges);
        FeeServices fees = FeeServices.wire(core, estate.units());
        RepairServices repair = RepairServices.wire(core, estate.units(), fees.billing());
        ArchiveServices archive = ArchiveServices.wire(core, estate, RecordFiles.scans(recordFiles));
        KeyServices keys = KeyServices.wire(core, estate.units(), estate.households(), repair.settings(), fees.oneOffCharges());
        return new Services(core, PrintServices.wire(core, printers), estate, fees, repair, archive,
                LostFoundServices.wire(core, estate.units(), RecordFiles.lostFoundPhotos(recordFiles)),
                new BackupService(database, core.audit(), clock, estate.units(), fees.payments(),
                        core.backupSettings()),
                keys,
                RenovationServices.wire(core, estate.units(), fees, archive, new PermitWorkerPasses(keys.passesUnder())));
    }
}
