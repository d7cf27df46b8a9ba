package org.sitedesk.core.db;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Folders and files that hold owners' personal data or passwords, created readable by the
 * operating-system user only (PIPL 51: access to personal information is restricted). Where the
 * file system has no POSIX permissions (Windows), the user's own profile folder already is private.
 */
public final class OwnerOnlyFiles {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private OwnerOnlyFiles() {
    }

    /** Creates the folder (and its missing parents) as rwx------; an existing one is narrowed to that. */
    public static Path createFolder(Path folder) throws IOException {
        Files.createDirectories(folder);
        if (POSIX) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
        return folder;
    }

    /** Creates (or empties) a file as rw-------. */
    public static Path createFile(Path file) throws IOException {
        Files.deleteIfExists(file);
        if (POSIX) {
            return Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return Files.createFile(file);
    }

    /** Narrows an existing file to rw-------. */
    public static void restrict(Path file) throws IOException {
        if (POSIX && Files.exists(file)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
