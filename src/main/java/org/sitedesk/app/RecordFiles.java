package org.sitedesk.app;

import java.nio.file.Path;
import org.sitedesk.core.db.DatabaseLocation;

/**
 * Where the files kept for records go (the archive's scans, found items' photos): beside an H2 file
 * (for the user's own database, the data folder), so a database and its files sit and move together;
 * for a server database, this computer's data folder.
 */
public final class RecordFiles {
    private RecordFiles() {
    }

    public static Path folder(DatabaseLocation location, Path dataFolder) {
        return location.h2File().map(file -> file.toAbsolutePath().getParent()).orElse(dataFolder);
    }

    static Path scans(Path folder) {
        return folder.resolve("scans");
    }

    static Path lostFoundPhotos(Path folder) {
        return folder.resolve("lost-found-photos");
    }
}
