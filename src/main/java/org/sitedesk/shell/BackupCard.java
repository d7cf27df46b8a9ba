package org.sitedesk.shell;

import atlantafx.base.theme.Styles;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.sitedesk.backup.BackupService;
import org.sitedesk.backup.BackupStatus;
import org.sitedesk.core.users.Actor;
import org.sitedesk.ui.BackgroundTask;
import org.sitedesk.ui.UiContext;

/**
 * 数据备份: when the newest backup was taken, in red when it is older than a day or there is none
 * (DOMAIN.md "Data safety" 2), and why today's automatic backup failed, if it did. Everyone sees it:
 * whoever is at the counter can tell the administrator.
 */
final class BackupCard implements DashboardCard {
    private static final DateTimeFormatter TAKEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final BackupService backups;
    private final DailyBackup daily;

    BackupCard(BackupService backups, DailyBackup daily) {
        this.backups = backups;
        this.daily = daily;
    }

    @Override
    public boolean visibleTo(Actor actor) {
        return true;
    }

    @Override
    public Node create(UiContext ui, Actor actor) {
        VBox rows = new VBox(4);
        rows.setId("backupState");
        load(ui, rows);
        // the day's backup may still be running behind the dashboard: the card follows it
        javafx.beans.value.ChangeListener<Boolean> follow = (observed, was, running) -> load(ui, rows);
        daily.runningProperty().addListener(new javafx.beans.value.WeakChangeListener<>(follow));
        rows.getProperties().put(DailyBackup.class, follow);
        return new Card("backupCard", ui.text("dashboard.backup.title"), rows);
    }

    private void load(UiContext ui, VBox rows) {
        Label loading = new Label(ui.text(daily.runningProperty().get() ? "dashboard.backup.running" : "dashboard.loading"));
        loading.setId("backupLoading");
        loading.getStyleClass().add(Styles.TEXT_MUTED);
        rows.getChildren().setAll(loading);
        if (daily.runningProperty().get()) {
            return;
        }
        ui.tasks().execute(BackgroundTask.of(progress -> backups.status())
                .onSuccess(status -> rows.getChildren().setAll(lines(ui, status)))
                .onFailure(error -> loading.setText(ui.explain(error))));
    }

    private List<Label> lines(UiContext ui, BackupStatus status) {
        LocalDateTime now = LocalDateTime.now(ui.clock());
        List<Label> lines = new ArrayList<>();
        Label newest = new Label(status.newest().map(found -> ui.format("dashboard.backup.newest",
                found.takenAt().format(TAKEN), Math.max(0, Duration.between(found.takenAt(), now).toHours())))
                .orElseGet(() -> ui.text("dashboard.backup.none")));
        newest.setId("backupNewestLine");
        newest.setWrapText(true);
        newest.getStyleClass().add(Styles.TEXT_BOLD);
        boolean stale = status.stale(now);
        newest.getStyleClass().add(stale ? Styles.DANGER : Styles.SUCCESS);
        lines.add(newest);
        if (stale) {
            Label advice = new Label(ui.text("dashboard.backup.stale"));
            advice.setId("backupStaleAdvice");
            advice.setWrapText(true);
            lines.add(advice);
        }
        String problem = daily.problemProperty().get();
        if (!problem.isEmpty()) {
            Label failed = new Label(ui.format("dashboard.backup.dailyFailed", problem));
            failed.setId("backupDailyFailed");
            failed.setWrapText(true);
            failed.getStyleClass().add(Styles.DANGER);
            lines.add(failed);
        }
        Label folder = new Label(ui.format("dashboard.backup.folder", status.settings().folder()));
        folder.setWrapText(true);
        folder.getStyleClass().add(Styles.TEXT_MUTED);
        lines.add(folder);
        return lines;
    }
}
