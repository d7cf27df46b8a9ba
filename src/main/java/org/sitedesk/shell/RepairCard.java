package org.sitedesk.shell;

import atlantafx.base.theme.Styles;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.repair.RepairDay;
import org.sitedesk.repair.ServiceFigures;
import org.sitedesk.repair.ServiceRequest;
import org.sitedesk.ui.BackgroundTask;
import org.sitedesk.ui.UiContext;

/** 报事报修: requests overdue now (the longest first), and today's logged, completed and still open. */
final class RepairCard implements DashboardCard {
    private static final int SHOWN = 5;

    private final ServiceFigures figures;

    RepairCard(ServiceFigures figures) {
        this.figures = figures;
    }

    @Override
    public boolean visibleTo(Actor actor) {
        return actor.may(Permission.LOG_REQUESTS);
    }

    @Override
    public Node create(UiContext ui, Actor actor) {
        VBox rows = new VBox(4);
        rows.setId("repairToday");
        Label loading = new Label(ui.text("dashboard.loading"));
        loading.getStyleClass().add(Styles.TEXT_MUTED);
        rows.getChildren().add(loading);
        ui.tasks().execute(BackgroundTask.of(progress -> figures.today(actor))
                .onSuccess(day -> rows.getChildren().setAll(lines(ui, day)))
                .onFailure(error -> loading.setText(ui.explain(error))));
        return new Card("repairCard", ui.text("dashboard.repairs.title"), rows);
    }

    private static List<Label> lines(UiContext ui, RepairDay day) {
        List<Label> lines = new ArrayList<>();
        Label overdue = new Label(day.overdue().isEmpty() ? ui.text("dashboard.repairs.noneOverdue")
                : ui.format("dashboard.repairs.overdue", day.overdue().size()));
        overdue.setId("repairsOverdue");
        overdue.getStyleClass().add(Styles.TEXT_BOLD);
        if (!day.overdue().isEmpty()) {
            overdue.getStyleClass().add(Styles.DANGER);
        }
        lines.add(overdue);
        for (RepairDay.Overdue late : day.overdue().subList(0, Math.min(SHOWN, day.overdue().size()))) {
            ServiceRequest request = late.request();
            String who = request.engineers().isEmpty() ? ui.text("dashboard.repairs.notDispatched") : request.engineerNames();
            lines.add(new Label(ui.format("dashboard.repairs.line", request.number(), request.location().name(), who,
                    over(ui, late.by()))));
        }
        Label today = new Label(ui.format("dashboard.repairs.today", day.loggedToday(), day.completedToday(), day.open()));
        today.setId("repairsTodayCounts");
        today.setWrapText(true);
        lines.add(today);
        return lines;
    }

    /** How late, in whole hours once past one, else in minutes. */
    private static String over(UiContext ui, Duration by) {
        return by.toHours() >= 1 ? ui.format("dashboard.repairs.hours", by.toHours())
                : ui.format("dashboard.repairs.minutes", Math.max(1, by.toMinutes()));
    }
}
