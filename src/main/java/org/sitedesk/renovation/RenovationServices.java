package org.sitedesk.renovation;

import org.sitedesk.archive.ArchiveServices;
import org.sitedesk.core.CoreServices;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.estate.EstateService;
import org.sitedesk.fees.FeeServices;

/**
 * The renovation module's services, split by use case: the lists and settings, applications and
 * review, the permit and its workers, inspections and acceptance, the deposit refund, and reading.
 */
public record RenovationServices(
        RenovationLists lists,
        RenovationSettingsService settings,
        Applications applications,
        PermitDesk permits,
        SiteChecks checks,
        DepositRefunds refunds,
        RenovationLookup lookup,
        RenovationArchive archive) {

    /** {@code passes}: the worker passes, the passes module's ({@link PermitWorkerPasses}) in the application. */
    public static RenovationServices wire(CoreServices core, EstateService units, FeeServices fees, ArchiveServices archives,
            WorkerPasses passes) {
        Transactions transactions = core.transactions();
        RenovationStore store = new RenovationStore(transactions, core.audit(), core.clock());
        RenovationLists lists = new RenovationLists(transactions, core.audit());
        RenovationSettingsService settings = new RenovationSettingsService(transactions, core.audit());
        RenovationCharges charges = new RenovationCharges(fees.billing(), fees.oneOffCharges(), fees.payments(), settings,
                core.clock());
        RenovationArchive archive = new RenovationArchive(archives);
        return new RenovationServices(lists, settings,
                new Applications(store, lists, units, charges, archive),
                new PermitDesk(store, charges, passes),
                new SiteChecks(store, passes, archive),
                new DepositRefunds(store, units, fees.oneOffCharges()),
                new RenovationLookup(transactions, core.clock(), charges),
                archive);
    }
}
