package org.sitedesk.shell;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.lostfound.FoundItem;
import org.sitedesk.lostfound.FoundItemLookup;
import org.sitedesk.lostfound.LostFoundDue;
import org.sitedesk.ui.BackgroundTask;
import org.sitedesk.ui.UiContext;

/**
 * 失物招领: items due for disposal (their year, or a perishable's short period, is over) and cash,
 * valuables and identity documents still here after the site's days for the police (DOMAIN.md
 * "Lost and found" 2, 3).
 */
final class LostFoundCard implements DashboardCard {
    private static final int SHOWN = 5;

    private final FoundItemLookup lookup;

    LostFoundCard(FoundItemLookup lookup) {
        this.lookup = lookup;
    }

    @Override
    public boolean visibleTo(Actor actor) {
        return actor.may(Permission.HANDLE_LOST_AND_FOUND);
    }

    @Override
    public Node create(UiContext ui, Actor actor) {
        VBox rows = new VBox(4);
        rows.setId("lostFoundDue");
        Label loading = new Label(ui.text("dashboard.loading"));
        loading.getStyleClass().add(Styles.TEXT_MUTED);
        rows.getChildren().add(loading);
        ui.tasks().execute(BackgroundTask.of(progress -> lookup.due(actor))
                .onSuccess(due -> rows.getChildren().setAll(lines(ui, due)))
                .onFailure(error -> loading.setText(ui.explain(error))));
        return new Card("lostFoundCard", ui.text("dashboard.lostFound.title"), rows);
    }

    private static List<Label> lines(UiContext ui, LostFoundDue due) {
        List<Label> lines = new ArrayList<>();
        Label police = new Label(due.policeOverdue().isEmpty() ? ui.text("dashboard.lostFound.policeNone")
                : ui.format("dashboard.lostFound.police", due.policeOverdue().size()));
        police.setId("lostPoliceLate");
        police.setWrapText(true);
        police.getStyleClass().add(Styles.TEXT_BOLD);
        if (!due.policeOverdue().isEmpty()) {
            police.getStyleClass().add(Styles.DANGER);
        }
        lines.add(police);
        for (FoundItem item : due.policeOverdue().subList(0, Math.min(SHOWN, due.policeOverdue().size()))) {
            lines.add(line(ui, "dashboard.lostFound.policeLine", item, item.foundOn().toString()));
        }
        Label disposal = new Label(due.disposalDue().isEmpty() ? ui.text("dashboard.lostFound.dueNone")
                : ui.format("dashboard.lostFound.due", due.disposalDue().size()));
        disposal.setId("lostDisposalDue");
        disposal.setWrapText(true);
        disposal.getStyleClass().add(Styles.TEXT_BOLD);
        lines.add(disposal);
        for (FoundItem item : due.disposalDue().subList(0, Math.min(SHOWN, due.disposalDue().size()))) {
            lines.add(line(ui, "dashboard.lostFound.dueLine", item, item.dueOn().map(Object::toString).orElse("")));
        }
        return lines;
    }

    private static Label line(UiContext ui, String key, FoundItem item, String day) {
        Label line = new Label(ui.format(key, item.number(), item.description(), day));
        line.setWrapText(true);
        return line;
    }
}
