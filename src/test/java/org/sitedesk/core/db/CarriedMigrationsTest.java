package org.sitedesk.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The migrations the program carries, read from its folder (tests, the build) and from a jar (./sitedesk). */
class CarriedMigrationsTest {
    @TempDir
    Path folder;

    @Test
    void theFolderHoldsTheNewestMigration() {
        assertThat(CarriedMigrations.versions()).contains(1, Database.SCHEMA_VERSION);
    }

    @Test
    void aJarsMigrationsAreReadFromItsEntriesGapsAndAll() throws Exception {
        Path jar = folder.resolve("app.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream entries = new JarOutputStream(out)) {
            for (String name : new String[] {"db/", "db/migration/", "db/migration/V1__foundation.sql",
                    "db/migration/V2__estate.sql", "db/migration/V8__keys_and_passes.sql", "db/migration/README.txt"}) {
                entries.putNextEntry(new JarEntry(name));
                entries.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThat(CarriedMigrations.versions(loader)).containsExactlyInAnyOrder(1, 2, 8);
        }
    }
}
