package org.sitedesk.archive;

import org.sitedesk.core.files.HashedFileStore;
import java.nio.file.Path;
import org.sitedesk.core.CoreServices;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.estate.EstateServices;

/**
 * The owner file archive's services, split by use case: the types list, cabinets and boxes, filing
 * (numbers, boxes, scans), reading the register, lending, destruction, opening scans, import and
 * export. {@code ownerChanges} is handed to the estate before it is wired, so a 过户 marks the
 * previous owner's documents in its own transaction.
 */
public record ArchiveServices(
        DocumentTypes types,
        ArchiveShelves shelves,
        DocumentFiling filing,
        ArchiveLookup lookup,
        Lending lending,
        Destructions destructions,
        ScanViewing scans,
        ArchiveImport imports,
        ArchiveRegister register,
        HashedFileStore scanStore) {

    /** What the estate is told of ownership transfers: built before the estate, which the rest needs. */
    public static PreviousOwnerMarks ownerChanges(CoreServices core) {
        return new PreviousOwnerMarks(core.audit());
    }

    /** {@code scanFolder} is where scans are stored: the data folder's {@code scans}. */
    public static ArchiveServices wire(CoreServices core, EstateServices estate, Path scanFolder) {
        Transactions transactions = core.transactions();
        HashedFileStore store = new HashedFileStore(scanFolder, new HashedFileStore.Refusals("error.scan.missing",
                "error.scan.tooLarge", "error.scan.notAScan", "error.scan.unreadable"));
        DocumentTypes types = new DocumentTypes(transactions, core.audit());
        ArchiveLookup lookup = new ArchiveLookup(transactions, estate.households(), core.clock());
        return new ArchiveServices(
                types,
                new ArchiveShelves(transactions, core.audit(), core.clock(), estate.units()),
                new DocumentFiling(transactions, core.audit(), core.clock(), estate.units(), estate.households(), store),
                lookup,
                new Lending(transactions, core.audit(), core.clock()),
                new Destructions(transactions, core.audit(), core.clock(), store),
                new ScanViewing(transactions, core.audit(), store),
                new ArchiveImport(transactions, core.audit(), core.clock(), estate.units(), estate.households(), types),
                new ArchiveRegister(transactions, core.audit(), lookup),
                store);
    }
}
