package org.sitedesk.backup;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.sitedesk.core.settings.BackupSettings;

/**
 * What the settings screen and the dashboard say about backups: where they go, how long they are
 * kept, and the backups in that folder, newest first.
 */
public record BackupStatus(BackupSettings settings, List<BackupFile> backups) {
    /** Older than this, the dashboard warns (DOMAIN.md "Data safety" 2: a backup every day). */
    public static final Duration STALE = Duration.ofDays(1);

    public BackupStatus {
        backups = List.copyOf(backups);
    }

    public Optional<BackupFile> newest() {
        return backups.stream().findFirst();
    }

    /** Whether the dashboard should warn: no backup at all, or the newest older than a day. */
    public boolean stale(LocalDateTime now) {
        return newest().map(found -> Duration.between(found.takenAt(), now).compareTo(STALE) > 0).orElse(true);
    }

    /** One backup: its file, its size in bytes and when it was taken (from its name). */
    public record BackupFile(Path file, long bytes, LocalDateTime takenAt) {
    }
}
