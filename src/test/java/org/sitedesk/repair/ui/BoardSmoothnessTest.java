package org.sitedesk.repair.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.users.Actor;
import org.sitedesk.repair.Priority;
import org.sitedesk.repair.RequestDraft;
import org.sitedesk.shell.WindowTestSupport;
import org.sitedesk.support.EstateFixture;
import org.sitedesk.support.RepairFixture;
import org.sitedesk.support.TestDatabase;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A board with 500 open requests stays smooth: the per-second update recomputes every clock but sets
 * only what changed, and only the cards on screen have cells that listen; measured on the FX thread.
 */
@ExtendWith(ApplicationExtension.class)
class BoardSmoothnessTest {
    private static final int OPEN_REQUESTS = 500;
    private static final long TICK_BUDGET_MILLIS = 50;

    @TempDir
    static Path folder;
    private TestDatabase db;

    @Start
    void start(Stage stage) throws Exception {
        db = new TestDatabase(Files.createTempDirectory(folder, "db"));
        Actor admin = db.administrator();
        EstateFixture estate = new EstateFixture(db);
        List<Long> units = new ArrayList<>();
        for (int floor = 1; floor <= 25; floor++) {
            units.add(estate.unit("1-1-" + floor + "01", Integer.toString(floor), "90.00"));
        }
        RepairFixture fixture = new RepairFixture(db);
        long wang = fixture.wang();
        for (int i = 0; i < OPEN_REQUESTS; i++) {
            RequestDraft draft = RepairFixture.repairAt(units.get(i % units.size()), i % 3 == 0 ? "POWER" : "WATER",
                    i % 10 == 0 ? Priority.EMERGENCY : Priority.ORDINARY);
            if (i % 2 == 0) {
                fixture.dispatched(draft, wang);
            } else {
                fixture.log(draft);
            }
            db.clock.advance(Duration.ofSeconds(7));
        }
        WindowTestSupport.show(stage, db, folder.resolve("prefs"), Language.CHINESE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theClocksOfFiveHundredOpenRequestsTickWellInsideASecond(FxRobot robot) throws Exception {
        WindowTestSupport.signIn(robot, "admin", TestDatabase.PASSWORD);
        long loadStart = System.nanoTime();
        WindowTestSupport.navigate(robot, "board");
        WaitForAsyncUtils.waitForFxEvents();
        long loadMillis = (System.nanoTime() - loadStart) / 1_000_000;
        BoardView board = robot.lookup(".board").queryAs(BoardView.class);

        long[] nanos = new long[60];
        AtomicInteger changed = new AtomicInteger();
        AtomicLong cells = new AtomicLong();
        for (int second = 0; second < nanos.length; second++) {
            int index = second;
            Instant now = db.clock.instant().plusSeconds(second + 1);
            WaitForAsyncUtils.asyncFx(() -> {
                long start = System.nanoTime();
                changed.set(board.tickNow(now));
                nanos[index] = System.nanoTime() - start;
            }).get();
        }
        Platform.runLater(() -> cells.set(board.lookupAll(".list-cell").stream()
                .filter(cell -> ((ListCell<?>) cell).getItem() != null).count()));
        WaitForAsyncUtils.waitForFxEvents();

        Arrays.sort(nanos);
        double median = nanos[nanos.length / 2] / 1e6;
        double max = nanos[nanos.length - 1] / 1e6;
        System.out.printf("Board with %d open requests: load %d ms; tick median %.2f ms, max %.2f ms; "
                + "%d clocks changed per tick; %d card cells on screen%n", OPEN_REQUESTS, loadMillis, median, max,
                changed.get(), cells.get());
        assertThat(changed.get()).as("every running clock shows seconds").isEqualTo(OPEN_REQUESTS);
        assertThat(median).isLessThan(TICK_BUDGET_MILLIS);
        assertThat(cells.get()).as("only the cards on screen have cells").isLessThan(100);
    }
}
