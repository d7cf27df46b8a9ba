package org.sitedesk.app.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.sitedesk.app.Services;
import org.sitedesk.core.AppVersion;
import org.sitedesk.core.db.Database;
import org.sitedesk.core.db.DatabaseLocation;
import org.sitedesk.core.users.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo database built once and copied for each {@code --demo}: replaying the sample's whole fee
 * and repair history takes seconds, copying its file a few milliseconds. One copy is kept per day
 * (the sample's dates are relative to today) and per build of the program (its code writes the
 * sample); older ones are removed. The copy is made from a closed database, never an open one.
 */
public final class DemoCache {
    private static final Logger LOG = LoggerFactory.getLogger(DemoCache.class);
    private static final String FILE = "sitedesk.mv.db";

    private final Path folder;
    private final Clock clock;

    /** @param folder where built demo databases are kept (the user's cache folder) */
    public DemoCache(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    /** Opens a fresh demo database in {@code workFolder}, building the cached one first if there is none for today. */
    public DemoDatabase.Demo open(Path workFolder) {
        Path built = folder.resolve(key()).resolve(FILE);
        if (!Files.isRegularFile(built)) {
            build(built.getParent());
        }
        try {
            Files.copy(built, workFolder.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Database database = Database.open(DatabaseLocation.inFolder(workFolder));
        Services services = Services.wire(database, clock);
        User admin = services.core().users().find(DemoDatabase.DEMO_USERNAME)
                .orElseThrow(() -> new IllegalStateException("the cached demo database has no demo administrator"));
        return new DemoDatabase.Demo(services, admin);
    }

    /** Today's date and the build's identity: the program's version and its jar or classes folder. */
    String key() {
        String build = AppVersion.current() + "|" + codeIdentity();
        return LocalDate.now(clock) + "-" + sha256(build).substring(0, 16);
    }

    private void build(Path target) {
        try {
            Files.createDirectories(folder);
            Path staging = Files.createTempDirectory(folder, "building-");
            DemoDatabase.Demo demo = DemoDatabase.create(staging, clock);
            demo.services().core().database().close();
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                // another window built the same day's copy meanwhile: keep theirs
                deleteTree(staging);
            } catch (IOException e) {
                if (!Files.isDirectory(target)) {
                    throw e;
                }
                deleteTree(staging);
            }
            removeOthers(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void removeOthers(Path kept) {
        try (Stream<Path> entries = Files.list(folder)) {
            entries.filter(entry -> !entry.equals(kept) && !entry.getFileName().toString().startsWith("building-"))
                    .forEach(DemoCache::deleteTree);
        } catch (IOException e) {
            LOG.debug("Could not tidy the demo cache {}", folder, e);
        }
    }

    private static String codeIdentity() {
        try {
            Path code = Path.of(DemoCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path newest = Files.isDirectory(code) ? code.resolve("org/sitedesk/app/sample/SampleData.class") : code;
            return code + "|" + Files.size(newest) + "|" + Files.getLastModifiedTime(newest).toMillis();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // without an identity the day's copy is still rebuilt each day
            return "unknown";
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.debug("Could not delete {}", root, e);
        }
    }
}
