package org.sitedesk.estate;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.sitedesk.estate.search.HouseholdIndex;
import org.sitedesk.estate.search.SearchEntry;
import org.sitedesk.estate.search.SearchHit;

/**
 * The search box's service: an in-memory index loaded from the database once (in the background at
 * start) and updated unit by unit as households change, so typing never waits on the database.
 * A single question, as the command line asks it, goes to the database instead ({@link #lookUp}):
 * same rules, same order, without loading the estate first.
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

    /**
     * One search straight in the database, for a caller that asks once (the command line): about
     * as fast as one keystroke on the index, without the second or so it takes to build.
     */
    public List<SearchHit> lookUp(String text, int limit) {
        return directory.lookUp(text, limit);
    }

    public int size() {
        return index.get().size();
    }
}
