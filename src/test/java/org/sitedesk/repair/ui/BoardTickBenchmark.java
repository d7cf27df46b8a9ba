package org.sitedesk.repair.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.sitedesk.bench.Figure;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.core.users.Actor;
import org.sitedesk.repair.Priority;
import org.sitedesk.repair.RequestDraft;
import org.sitedesk.support.CurrentThreadTaskExecutor;
import org.sitedesk.support.EstateFixture;
import org.sitedesk.support.RepairFixture;
import org.sitedesk.support.TestDatabase;
import org.sitedesk.ui.FxDialogService;
import org.sitedesk.ui.UiContext;

/**
 * The dispatch board's per-second tick with 500 open requests, on the FX thread (budget: well inside a
 * frame, 16 ms). JavaFX must already be started (the harness starts it headless).
 */
public final class BoardTickBenchmark {
    private static final int OPEN_REQUESTS = 500;
    private static final int TICKS = 60;

    private BoardTickBenchmark() {
    }

    public static List<Figure> figures(Path scratch) throws Exception {
        try (TestDatabase db = new TestDatabase(scratch)) {
            Actor admin = db.administrator();
            EstateFixture estate = new EstateFixture(db);
            List<Long> units = new ArrayList<>();
            for (int floor = 1; floor <= 25; floor++) {
                units.add(estate.unit("1-1-" + floor + "01", Integer.toString(floor), "90.00"));
            }
            RepairFixture fixture = new RepairFixture(db);
            long wang = fixture.wang();
            for (int i = 0; i < OPEN_REQUESTS; i++) {
                RequestDraft draft = RepairFixture.repairAt(units.get(i % units.size()), "WATER", Priority.ORDINARY);
                if (i % 2 == 0) {
                    fixture.dispatched(draft, wang);
                } else {
                    fixture.log(draft);
                }
                db.clock.advance(Duration.ofSeconds(7));
            }
            CompletableFuture<long[]> ticks = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    Stage stage = new Stage();
                    Messages messages = new Messages(Language.CHINESE);
                    UiContext ui = new UiContext(messages, new CurrentThreadTaskExecutor(error -> { }),
                            new FxDialogService(() -> stage, () -> messages), db.clock);
                    BoardView board = new BoardView(new BoardViewModel(db.services.repair(), admin, ui), ui, () -> { },
                            request -> { });
                    stage.setScene(new Scene(board, 1200, 760));
                    stage.show();
                    long[] nanos = new long[TICKS];
                    for (int second = 0; second < TICKS; second++) {
                        Instant now = db.clock.instant().plusSeconds(second + 1);
                        long start = System.nanoTime();
                        board.tickNow(now);
                        nanos[second] = System.nanoTime() - start;
                    }
                    stage.hide();
                    ticks.complete(nanos);
                } catch (RuntimeException e) {
                    ticks.completeExceptionally(e);
                }
            });
            long[] nanos = ticks.get();
            java.util.Arrays.sort(nanos);
            double median = nanos[TICKS / 2] / 1e6;
            return List.of(Figure.of("board: tick with " + OPEN_REQUESTS + " open requests (median / max)", "median ≤ 16 ms",
                    String.format("%.2f / %.2f ms", median, nanos[TICKS - 1] / 1e6), median <= 16));
        }
    }
}
