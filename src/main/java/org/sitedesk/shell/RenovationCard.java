package org.sitedesk.shell;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.renovation.DueRenovations;
import org.sitedesk.renovation.Renovation;
import org.sitedesk.renovation.RenovationLookup;
import org.sitedesk.ui.BackgroundTask;
import org.sitedesk.ui.UiContext;

/**
 * 装修管理 (issue 18 item 5): rectification notices past their deadline, permits ending this week and
 * works past their end date without acceptance, for the clerks who register and the patrol who inspects.
 */
final class RenovationCard implements DashboardCard {
    private static final int SHOWN = 5;

    private final RenovationLookup lookup;

    RenovationCard(RenovationLookup lookup) {
        this.lookup = lookup;
    }

    @Override
    public boolean visibleTo(Actor actor) {
        return actor.may(Permission.REGISTER_RENOVATIONS) || actor.may(Permission.INSPECT_RENOVATIONS);
    }

    @Override
    public Node create(UiContext ui, Actor actor) {
        VBox rows = new VBox(4);
        rows.setId("renovationDue");
        Label loading = new Label(ui.text("dashboard.loading"));
        loading.getStyleClass().add(Styles.TEXT_MUTED);
        rows.getChildren().add(loading);
        ui.tasks().execute(BackgroundTask.of(progress -> lookup.due())
                .onSuccess(due -> rows.getChildren().setAll(lines(ui, due)))
                .onFailure(error -> loading.setText(ui.explain(error))));
        return new Card("renovationCard", ui.text("dashboard.renovation.title"), rows);
    }

    private static List<Label> lines(UiContext ui, DueRenovations due) {
        List<Label> lines = new ArrayList<>();
        lines.add(heading(ui, "renovationOverdueNotices", due.overdueNotices().size(), "dashboard.renovation.overdueNotices",
                "dashboard.renovation.overdueNoticesNone", true));
        for (String notice : due.overdueNotices().subList(0, Math.min(SHOWN, due.overdueNotices().size()))) {
            lines.add(line(notice));
        }
        lines.add(heading(ui, "renovationExpiring", due.expiringThisWeek().size(), "dashboard.renovation.expiring",
                "dashboard.renovation.expiringNone", false));
        for (Renovation permit : due.expiringThisWeek().subList(0, Math.min(SHOWN, due.expiringThisWeek().size()))) {
            lines.add(line(ui.format("dashboard.renovation.permitLine", permit.number(), permit.room(), permit.contractor(),
                    permit.endDate().toString())));
        }
        lines.add(heading(ui, "renovationOverrun", due.overrun().size(), "dashboard.renovation.overrun",
                "dashboard.renovation.overrunNone", true));
        for (Renovation permit : due.overrun().subList(0, Math.min(SHOWN, due.overrun().size()))) {
            lines.add(line(ui.format("dashboard.renovation.permitLine", permit.number(), permit.room(), permit.contractor(),
                    permit.endDate().toString())));
        }
        return lines;
    }

    private static Label heading(UiContext ui, String id, int count, String key, String noneKey, boolean danger) {
        Label heading = new Label(count == 0 ? ui.text(noneKey) : ui.format(key, count));
        heading.setId(id);
        heading.setWrapText(true);
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        if (danger && count > 0) {
            heading.getStyleClass().add(Styles.DANGER);
        }
        return heading;
    }

    private static Label line(String text) {
        Label line = new Label(text);
        line.setWrapText(true);
        return line;
    }
}
