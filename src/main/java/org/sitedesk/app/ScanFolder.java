package org.sitedesk.app;

import java.nio.file.Path;
import org.sitedesk.core.db.DatabaseLocation;

/**
 * Where the archive keeps scans: {@code scans} beside an H2 file (for the user's own database, the
 * data folder), so a database and its scans sit, move and are backed up together; for a server
 * database, {@code scans} in this computer's data folder.
 */
public final class ScanFolder {
    private ScanFolder() {
    }

    public static Path of(DatabaseLocation location, Path dataFolder) {
        return location.h2File().map(file -> file.toAbsolutePath().getParent()).orElse(dataFolder).resolve("scans");
    }
}
