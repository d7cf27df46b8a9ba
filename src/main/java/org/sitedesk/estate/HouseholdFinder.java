package org.sitedesk.estate;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.sitedesk.estate.search.HouseholdIndex;
import org.sitedesk.estate.search.SearchEntry;
import org.sitedesk.estate.search.SearchHit;

/**
 * The search box's service: an in-memory index loaded from the database once (in the background at
 * start) and updated unit by unit as households change, so typing never waits on the database.
 */
public final class HouseholdFinder {
    private final HouseholdDirectory directory;
    private final AtomicReference<HouseholdIndex> index = new AtomicReference<>(HouseholdIndex.empty());

    public HouseholdFinder(HouseholdDirectory directory) {
        this.directory = directory;
    }

    /** Reads every unit; call off the FX thread (about a second for 20,000 units). */
    public void reload() {
        index.set(HouseholdIndex.of(directory.all()));
    }

    /** One unit changed (a new owner, a vehicle): only its entry is read again. */
    public void refresh(long unitId) {
        List<SearchEntry> entries = directory.of(unitId);
        index.updateAndGet(current -> entries.isEmpty() ? current.without(unitId) : current.withEntry(entries.get(0)));
    }

    public List<SearchHit> find(String text, int limit) {
        return index.get().search(text, limit);
    }

    public int size() {
        return index.get().size();
    }
}
