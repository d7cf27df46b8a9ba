package org.sitedesk.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.sitedesk.app.Services;
import org.sitedesk.core.db.Database;
import org.sitedesk.core.db.DatabaseLocation;
import org.sitedesk.app.sample.DemoCache;
import org.sitedesk.app.sample.DemoDatabase;
import org.slf4j.LoggerFactory;

/** Opens the window's database in the background; the window shows first. */
@FunctionalInterface
public interface DatabaseOpener {
    OpenedDatabase open();

    /** The user's own database (or {@code --db}): sign-in is asked for. */
    static DatabaseOpener file(DatabaseLocation location, Clock clock) {
        return () -> {
            Database database = Database.open(location);
            return new OpenedDatabase(Services.wire(database, clock), Optional.empty(), database::close, true);
        };
    }

    /**
     * A throw-away database with the sample estate, deleted when the window closes; copied from the
     * day's demo database in {@code cache}, which the first demo of the day builds.
     */
    static DatabaseOpener demo(Clock clock, Path cache) {
        return () -> {
            Path folder = DemoDatabase.newFolder();
            DemoDatabase.Demo demo = new DemoCache(cache, clock).open(folder);
            return new OpenedDatabase(demo.services(), Optional.of(demo.administrator()), () -> {
                demo.services().core().database().close();
                deleteQuietly(folder);
            });
        };
    }

    /**
     * Starts opening at once on its own thread, while JavaFX is still starting; the window's
     * background task then only waits for it. The first query warms jOOQ up as well.
     */
    static DatabaseOpener startedEarly(DatabaseOpener opener) {
        CompletableFuture<OpenedDatabase> opening = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                OpenedDatabase opened = opener.open();
                opened.services().core().users().hasUsers();
                opening.complete(opened);
            } catch (Throwable e) {
                opening.completeExceptionally(e);
            }
        }, "sitedesk-open-database");
        thread.setDaemon(true);
        thread.start();
        return () -> {
            try {
                return opening.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
        };
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LoggerFactory.getLogger(DatabaseOpener.class).warn("Could not delete demo folder {}", folder, e);
        }
    }
}
