package org.sitedesk.shell;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.fees.DunningService;
import org.sitedesk.fees.FollowUp;
import org.sitedesk.ui.BackgroundTask;
import org.sitedesk.ui.UiContext;

/** 催缴跟进: units more than a month behind that have not been reminded for two weeks (DOMAIN.md fees 7). */
final class FollowUpCard implements DashboardCard {
    private static final int SHOWN = 6;

    private final DunningService dunning;

    FollowUpCard(DunningService dunning) {
        this.dunning = dunning;
    }

    @Override
    public boolean visibleTo(Actor actor) {
        return actor.may(Permission.VIEW_FEES);
    }

    @Override
    public Node create(UiContext ui, Actor actor) {
        VBox rows = new VBox(4);
        rows.setId("followUps");
        Label loading = new Label(ui.text("dashboard.loading"));
        loading.getStyleClass().add(Styles.TEXT_MUTED);
        rows.getChildren().add(loading);
        ui.tasks().execute(BackgroundTask.of(progress -> dunning.followUps(actor, LocalDate.now(ui.clock())))
                .onSuccess(found -> rows.getChildren().setAll(lines(ui, found)))
                .onFailure(error -> loading.setText(ui.explain(error))));
        return new Card("followUpCard", ui.text("dashboard.followUps.title"), rows);
    }

    private static List<Label> lines(UiContext ui, List<FollowUp> found) {
        if (found.isEmpty()) {
            return List.of(new Label(ui.text("dashboard.followUps.none")));
        }
        List<Label> lines = new java.util.ArrayList<>();
        Label count = new Label(ui.format("dashboard.followUps.count", found.size()));
        count.getStyleClass().add(Styles.TEXT_BOLD);
        lines.add(count);
        for (FollowUp followUp : found.subList(0, Math.min(SHOWN, found.size()))) {
            lines.add(new Label(ui.format("dashboard.followUps.line", followUp.room(), followUp.monthsOwed(),
                    followUp.owed().amount().toPlainString(), followUp.lastReminder().map(Object::toString)
                            .orElse(ui.text("dashboard.followUps.never")))));
        }
        return lines;
    }
}
