package org.sitedesk.shell;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.sitedesk.archive.ArchiveLookup;
import org.sitedesk.archive.Destructions;
import org.sitedesk.archive.Loan;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.ui.BackgroundTask;
import org.sitedesk.ui.UiContext;

/** 业主档案: loans past their day (the longest first) and how many documents are due for destruction. */
final class ArchiveCard implements DashboardCard {
    private static final int SHOWN = 5;

    private final ArchiveLookup lookup;
    private final Destructions destructions;

    ArchiveCard(ArchiveLookup lookup, Destructions destructions) {
        this.lookup = lookup;
        this.destructions = destructions;
    }

    @Override
    public boolean visibleTo(Actor actor) {
        return actor.may(Permission.VIEW_ARCHIVE);
    }

    @Override
    public Node create(UiContext ui, Actor actor) {
        VBox rows = new VBox(4);
        rows.setId("archiveDue");
        Label loading = new Label(ui.text("dashboard.loading"));
        loading.getStyleClass().add(Styles.TEXT_MUTED);
        rows.getChildren().add(loading);
        LocalDate today = LocalDate.now(ui.clock());
        ui.tasks().execute(BackgroundTask.of(progress -> new Due(lookup.overdueLoans(actor, today),
                        destructions.due(actor, today).size()))
                .onSuccess(due -> rows.getChildren().setAll(lines(ui, due, today)))
                .onFailure(error -> loading.setText(ui.explain(error))));
        return new Card("archiveCard", ui.text("dashboard.archive.title"), rows);
    }

    private static List<Label> lines(UiContext ui, Due due, LocalDate today) {
        List<Label> lines = new ArrayList<>();
        Label overdue = new Label(due.overdue().isEmpty() ? ui.text("dashboard.archive.noneOverdue")
                : ui.format("dashboard.archive.overdue", due.overdue().size()));
        overdue.setId("archiveOverdue");
        overdue.getStyleClass().add(Styles.TEXT_BOLD);
        if (!due.overdue().isEmpty()) {
            overdue.getStyleClass().add(Styles.DANGER);
        }
        lines.add(overdue);
        for (Loan loan : due.overdue().subList(0, Math.min(SHOWN, due.overdue().size()))) {
            lines.add(new Label(ui.format("dashboard.archive.line", loan.fileNo(), loan.typeName(), loan.borrower(),
                    loan.dueOn(), ChronoUnit.DAYS.between(loan.dueOn(), today))));
        }
        Label destroy = new Label(due.toDestroy() == 0 ? ui.text("dashboard.archive.nothingToDestroy")
                : ui.format("dashboard.archive.toDestroy", due.toDestroy()));
        destroy.setId("archiveToDestroy");
        destroy.setWrapText(true);
        lines.add(destroy);
        return lines;
    }

    /** What the card shows, read in one background task. */
    private record Due(List<Loan> overdue, int toDestroy) {
    }
}
