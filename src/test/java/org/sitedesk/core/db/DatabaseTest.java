package org.sitedesk.core.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitedesk.core.db.schema.Tables.AUDIT_LOG;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.audit.CoreAuditAction;
import org.sitedesk.support.HoldDatabaseOpen;
import org.sitedesk.support.MutableClock;

/** Opening databases: creation, migration, and the three refusals that change nothing. */
class DatabaseTest {
    @TempDir
    Path folder;

    @Test
    void aNewDatabaseIsCreatedMigratedAndOpenedWithoutWriteDelay() throws Exception {
        DatabaseLocation location = DatabaseLocation.inFolder(folder);
        try (Database db = Database.open(location)) {
            assertThat(location.jdbcUrl()).contains("WRITE_DELAY=0");
            assertThat(db.dsl().fetchCount(AUDIT_LOG)).isZero();
            try (Connection connection = DriverManager.getConnection(location.jdbcUrl(), "sa", "");
                    Statement statement = connection.createStatement();
                    var result = statement.executeQuery(
                            "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
                assertThat(result.next()).isTrue();
                assertThat(result.getString(1)).isEqualTo("0");
            }
        }
        assertThat(folder.resolve("sitedesk.mv.db")).exists();
    }

    @Test
    void reopeningKeepsTheData() {
        DatabaseLocation location = DatabaseLocation.inFolder(folder);
        try (Database db = Database.open(location)) {
            db.transactions().run(tx -> new AuditLog(MutableClock.atNineOnAMonday())
                    .record(tx, "test", CoreAuditAction.SIGNED_IN, "test", null));
        }
        try (Database db = Database.open(location)) {
            assertThat(db.dsl().fetchCount(AUDIT_LOG)).isEqualTo(1);
        }
    }

    @Test
    void aFileThatIsNotAnH2DatabaseIsRefusedAndLeftAsItWas() throws Exception {
        Path notes = folder.resolve("notes.mv.db");
        Files.writeString(notes, "收费记录 — not a database", StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(notes);

        assertThatThrownBy(() -> Database.open(DatabaseLocation.parse(notes.toString())))
                .isInstanceOf(DatabaseOpenException.class)
                .hasMessageContaining("error.db.notH2");
        assertThat(Files.readAllBytes(notes)).isEqualTo(before);
        assertThat(Files.list(folder)).containsExactly(notes);
    }

    @Test
    void aDatabaseWrittenByANewerSiteDeskIsRefusedAndLeftAsItWas() throws Exception {
        DatabaseLocation location = DatabaseLocation.inFolder(folder);
        Database.open(location).close();
        try (Connection connection = DriverManager.getConnection(location.jdbcUrl(), "sa", "");
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", "
                    + "\"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"installed_on\", "
                    + "\"execution_time\", \"success\") VALUES (99, '999', 'from the future', 'SQL', "
                    + "'V999__future.sql', 0, 'sa', CURRENT_TIMESTAMP, 1, TRUE)");
        }
        int historyRows = historyRows(location);

        assertThatThrownBy(() -> Database.open(location))
                .isInstanceOf(DatabaseOpenException.class)
                .hasMessageContaining("error.db.tooNew")
                .hasMessageContaining("999");
        assertThat(historyRows(location)).isEqualTo(historyRows);
    }

    private static int historyRows(DatabaseLocation location) throws Exception {
        try (Connection connection = DriverManager.getConnection(location.jdbcUrl(), "sa", "");
                Statement statement = connection.createStatement();
                var result = statement.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\"")) {
            result.next();
            return result.getInt(1);
        }
    }

    @Test
    void anH2DatabaseOfAnotherProgramIsRefusedAndLeftAsItWas() throws Exception {
        Path other = folder.resolve("other");
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + other, "sa", "");
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("CREATE TABLE invoices (id INT PRIMARY KEY)");
        }

        assertThatThrownBy(() -> Database.open(DatabaseLocation.parse(other.toString())))
                .isInstanceOf(DatabaseOpenException.class)
                .hasMessageContaining("error.db.notSiteDesk");
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + other, "sa", "");
                var result = connection.getMetaData().getTables(null, "PUBLIC", "%", null)) {
            int tables = 0;
            while (result.next()) {
                tables++;
            }
            assertThat(tables).isEqualTo(1);
        }
    }

    @Test
    void theSchemaVersionTheProgramKnowsIsItsNewestMigration() throws Exception {
        Path migrations = Path.of(Database.class.getResource("/db/migration").toURI());
        int newest;
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(migrations)) {
            newest = files.map(file -> file.getFileName().toString()).filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__")))).max().orElseThrow();
        }
        assertThat(Database.SCHEMA_VERSION).as("Database.SCHEMA_VERSION").isEqualTo(newest);
    }

    @Test
    void anUpToDateDatabaseOpensWithoutFlywayAndANewOneGoesThroughIt() throws Exception {
        DatabaseLocation location = DatabaseLocation.inFolder(folder);
        org.h2.jdbcx.JdbcConnectionPool empty = org.h2.jdbcx.JdbcConnectionPool.create(location.jdbcUrl(), "sa", "");
        try {
            assertThat(Database.upToDate(empty)).isFalse();
        } finally {
            empty.dispose();
        }
        try (Database db = Database.open(location)) {
            assertThat(db.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
        }
        org.h2.jdbcx.JdbcConnectionPool migrated = org.h2.jdbcx.JdbcConnectionPool.create(location.jdbcUrl(), "sa", "");
        try {
            assertThat(Database.upToDate(migrated)).isTrue();
        } finally {
            migrated.dispose();
        }
    }

    /** Data safety: a file cut short is reported with the backup to restore, and is not written to. */
    @Test
    void aTruncatedDatabaseNamesTheNewestBackupAndIsLeftAsItWas() throws Exception {
        DatabaseLocation location = DatabaseLocation.inFolder(folder);
        Database.open(location).close();
        Path file = location.h2File().orElseThrow();
        try (java.io.RandomAccessFile cut = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            cut.setLength(5000);
        }
        Path backups = java.nio.file.Files.createDirectories(folder.resolve("backups"));
        java.nio.file.Files.writeString(backups.resolve("sitedesk-20261122-1800.zip"), "older");
        Path newest = java.nio.file.Files.writeString(backups.resolve("sitedesk-20261123-1800.zip"), "newest");
        byte[] before = java.nio.file.Files.readAllBytes(file);

        assertThatThrownBy(() -> Database.open(location))
                .isInstanceOf(DatabaseOpenException.class)
                .satisfies(error -> {
                    assertThat(((DatabaseOpenException) error).messageKey()).isEqualTo("error.db.damagedRestore");
                    assertThat(new org.sitedesk.core.i18n.Messages(org.sitedesk.core.i18n.Language.ENGLISH).describe(error))
                            .contains("is damaged").contains(newest.toString()).doesNotContain("Exception");
                });
        assertThat(java.nio.file.Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aDatabaseOpenInAnotherSiteDeskIsRefused() throws Exception {
        DatabaseLocation location = DatabaseLocation.inFolder(folder);
        Database.open(location).close();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldDatabaseOpen.class.getName(), location.jdbcUrl())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo(HoldDatabaseOpen.READY);

            assertThatThrownBy(() -> Database.open(location))
                    .isInstanceOf(DatabaseOpenException.class)
                    .hasMessageContaining("error.db.inUse");
        } finally {
            holder.destroy();
            holder.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aPathIsReadAsFileFolderOrJdbcUrl() {
        assertThat(DatabaseLocation.parse(folder.toString()).h2File()).contains(folder.resolve("sitedesk.mv.db"));
        assertThat(DatabaseLocation.parse(folder.resolve("site.mv.db").toString()).jdbcUrl())
                .isEqualTo("jdbc:h2:file:" + folder.resolve("site") + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=256");
        assertThat(DatabaseLocation.parse(folder.resolve("site").toString()).h2File())
                .contains(folder.resolve("site.mv.db"));
        assertThat(DatabaseLocation.parse("jdbc:h2:tcp://server/site").h2File()).isEmpty();
    }

    @Test
    void theDataFolderFollowsEachOperatingSystemsConvention() {
        Path home = Path.of(File.separator, "home", "wang");
        assertThat(DatabaseLocation.userDataFolder(java.util.Map.of(), "Linux", home))
                .isEqualTo(home.resolve(".local/share/sitedesk"));
        assertThat(DatabaseLocation.userDataFolder(java.util.Map.of("XDG_DATA_HOME", "/data"), "Linux", home))
                .isEqualTo(Path.of("/data", "sitedesk"));
        assertThat(DatabaseLocation.userDataFolder(java.util.Map.of("APPDATA", "C:\\Users\\wang\\AppData\\Roaming"),
                "Windows 11", home)).isEqualTo(Path.of("C:\\Users\\wang\\AppData\\Roaming", "SiteDesk"));
        assertThat(DatabaseLocation.userDataFolder(java.util.Map.of(), "Mac OS X", home))
                .isEqualTo(home.resolve("Library/Application Support/SiteDesk"));
    }
}
