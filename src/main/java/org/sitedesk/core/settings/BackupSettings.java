package org.sitedesk.core.settings;

import java.nio.file.Path;

/**
 * Where backups go and how long they are kept (DOMAIN.md "Data safety" 2). {@code chosen} says
 * whether the site named the folder (a USB stick, a second disk) or it is the default beside the
 * database.
 */
public record BackupSettings(Path folder, boolean chosen, int keepDays) {
    public static final int DEFAULT_KEEP_DAYS = 30;
    public static final int MAX_KEEP_DAYS = 3650;
}
