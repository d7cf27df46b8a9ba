package org.sitedesk.app.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.users.Actor;
import org.sitedesk.support.MutableClock;

/**
 * {@code --demo} copies the day's demo database instead of replaying the sample each time: the first
 * demo of the day builds it, later ones get their own copy of it, and other days' copies go.
 */
class DemoCacheTest {
    @TempDir
    Path folder;

    @Test
    void theFirstDemoOfTheDayBuildsTheCopyAndEveryDemoWorksOnItsOwn() throws Exception {
        MutableClock clock = MutableClock.atNineOnAMonday();
        Path cache = folder.resolve("cache");
        Path yesterday = Files.createDirectories(cache.resolve("2026-11-22-0123456789abcdef"));
        Files.writeString(yesterday.resolve("sitedesk.mv.db"), "an old copy");
        DemoCache demos = new DemoCache(cache, clock);

        DemoDatabase.Demo first = demos.open(Files.createDirectory(folder.resolve("first")));
        int units = first.services().estate().units().allUnits().size();
        assertThat(units).as("the sample estate").isGreaterThan(100);
        assertThat(first.administrator().username()).isEqualTo(DemoDatabase.DEMO_USERNAME);
        try (Stream<Path> kept = Files.list(cache)) {
            assertThat(kept.map(path -> path.getFileName().toString()).toList())
                    .containsExactly(demos.key()).allMatch(name -> name.startsWith("2026-11-23-"));
        }
        long built = Files.getLastModifiedTime(cache.resolve(demos.key()).resolve("sitedesk.mv.db")).toMillis();
        first.services().core().users().changeOwnPassword(Actor.of(first.administrator()), DemoDatabase.DEMO_PASSWORD,
                "another-password-1");
        first.services().core().database().close();

        DemoDatabase.Demo second = demos.open(Files.createDirectory(folder.resolve("second")));
        try {
            assertThat(Files.getLastModifiedTime(cache.resolve(demos.key()).resolve("sitedesk.mv.db")).toMillis())
                    .as("copied, not built again").isEqualTo(built);
            assertThat(second.services().estate().units().allUnits()).hasSize(units);
            assertThat(second.services().core().users().signIn(DemoDatabase.DEMO_USERNAME, DemoDatabase.DEMO_PASSWORD))
                    .as("the first demo's change stayed in its own copy").isNotNull();
        } finally {
            second.services().core().database().close();
        }
    }
}
