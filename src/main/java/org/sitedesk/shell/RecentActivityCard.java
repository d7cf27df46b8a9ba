package org.sitedesk.shell;

import atlantafx.base.theme.Styles;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.sitedesk.core.audit.AuditAction;
import org.sitedesk.core.audit.AuditEntry;
import org.sitedesk.core.audit.AuditQuery;
import org.sitedesk.core.audit.AuditSearch;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.ui.BackgroundTask;
import org.sitedesk.ui.UiContext;

/** The last changes made anywhere in the system, for those who may read the audit log. */
final class RecentActivityCard implements DashboardCard {
    private static final int SHOWN = 8;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final AuditSearch search;
    private final Map<String, AuditAction> actions;

    RecentActivityCard(AuditSearch search, List<AuditAction> knownActions) {
        this.search = search;
        this.actions = knownActions.stream().collect(Collectors.toMap(AuditAction::code, Function.identity()));
    }

    @Override
    public boolean visibleTo(Actor actor) {
        return actor.may(Permission.VIEW_AUDIT_LOG);
    }

    @Override
    public Node create(UiContext ui, Actor actor) {
        VBox rows = new VBox(4);
        rows.setId("recentActivity");
        Label loading = new Label(ui.text("dashboard.loading"));
        loading.getStyleClass().add(Styles.TEXT_MUTED);
        rows.getChildren().add(loading);
        AuditQuery latest = new AuditQuery(Optional.empty(), Optional.empty(), "", "", SHOWN);
        ui.tasks().execute(BackgroundTask.of(progress -> search.search(actor, latest))
                .onSuccess(entries -> rows.getChildren().setAll(entries.stream().map(entry -> row(ui, entry)).toList()))
                .onFailure(error -> loading.setText(ui.explain(error))));
        return new Card("recentActivityCard", ui.text("dashboard.recent.title"), rows);
    }

    private Label row(UiContext ui, AuditEntry entry) {
        AuditAction action = actions.get(entry.actionCode());
        String what = action == null ? entry.actionCode() : ui.messages().get(action);
        String when = entry.occurredAt().atZoneSameInstant(ui.clock().getZone()).format(TIME);
        return new Label(when + "  " + entry.actor() + "  " + what
                + (entry.entityId() == null ? "" : "  " + entry.entityId()));
    }
}
