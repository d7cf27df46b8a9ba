package org.sitedesk.lostfound;

import org.sitedesk.core.files.HashedFileStore;
import java.nio.file.Path;
import org.sitedesk.core.CoreServices;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.estate.EstateService;

/**
 * Lost and found's services, split by use case: found items logged ({@code intake}) and read
 * ({@code lookup}), notices posted, lost reports and their matches, claims, hand-overs to the police,
 * disposals; the site's categories and periods; the photos on disk.
 */
public record LostFoundServices(
        LostFoundSettingsService settings,
        FoundItemIntake intake,
        FoundItemLookup lookup,
        NoticePosting notices,
        LostReports reports,
        Matching matching,
        Claims claims,
        PoliceHandOvers handOvers,
        Disposals disposals,
        HashedFileStore photos) {

    /** {@code photoFolder} is where photos are kept, under their SHA-256 ({@link HashedFileStore}). */
    public static LostFoundServices wire(CoreServices core, EstateService units, Path photoFolder) {
        Transactions transactions = core.transactions();
        ItemStore store = new ItemStore(transactions, core.clock());
        HashedFileStore photos = new HashedFileStore(photoFolder, new HashedFileStore.Refusals("error.lost.photoMissing",
                "error.lost.photoTooLarge", "error.lost.photoType", "error.lost.photoUnreadable"));
        return new LostFoundServices(
                new LostFoundSettingsService(transactions, core.audit()),
                new FoundItemIntake(transactions, core.audit(), store, photos),
                new FoundItemLookup(transactions, store),
                new NoticePosting(transactions, core.audit(), store),
                new LostReports(transactions, core.audit(), store, units),
                new Matching(transactions, store),
                new Claims(transactions, core.audit(), store),
                new PoliceHandOvers(transactions, core.audit(), store),
                new Disposals(transactions, core.audit(), store),
                photos);
    }
}
