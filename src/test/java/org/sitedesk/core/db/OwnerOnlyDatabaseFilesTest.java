package org.sitedesk.core.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.support.TestDatabases;

/** The H2 file and the folder made for it hold owners' personal data: readable by this operating-system user only. */
class OwnerOnlyDatabaseFilesTest {
    @TempDir
    Path folder;

    @BeforeEach
    void posixH2() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "no POSIX permissions here");
        assumeTrue(TestDatabases.onH2(), "checks the H2 file");
    }

    @Test
    void aNewDataFolderAndItsDatabaseAreTheUsersOnly() throws Exception {
        Path data = folder.resolve("data");

        try (Database database = Database.open(DatabaseLocation.inFolder(data))) {
            Path file = database.location().h2File().orElseThrow();

            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
    }

    @Test
    void anExistingDatabaseIsNarrowedWhenOpenedButTheFolderTheUserChoseIsLeftAsItIs() throws Exception {
        Path chosen = Files.createDirectories(folder.resolve("shared"));
        Files.setPosixFilePermissions(chosen, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path file = chosen.resolve("site.mv.db");
        try (Database database = Database.open(DatabaseLocation.parse(file.toString()))) {
            database.dsl().fetchOne("SELECT 1");
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        try (Database database = Database.open(DatabaseLocation.parse(file.toString()))) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(chosen))).isEqualTo("rwxr-xr-x");
    }
}
