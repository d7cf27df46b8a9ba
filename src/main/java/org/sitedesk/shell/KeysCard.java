package org.sitedesk.shell;

import atlantafx.base.theme.Styles;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.keys.CabinetKey;
import org.sitedesk.keys.KeyAccess;
import org.sitedesk.keys.KeyLookup;
import org.sitedesk.keys.Pass;
import org.sitedesk.keys.PassRegister;
import org.sitedesk.ui.BackgroundTask;
import org.sitedesk.ui.UiContext;

/** 钥匙与出入证: keys out past their expected return (the longest first), and passes that expire within a month. */
final class KeysCard implements DashboardCard {
    /** The card's look ahead for expiring passes; the register's filter takes any number of days. */
    static final int EXPIRING_DAYS = 30;
    private static final int SHOWN = 5;

    private final KeyLookup keys;
    private final PassRegister passes;

    KeysCard(KeyLookup keys, PassRegister passes) {
        this.keys = keys;
        this.passes = passes;
    }

    @Override
    public boolean visibleTo(Actor actor) {
        return KeyAccess.mayUseCabinet(actor) || actor.may(Permission.ISSUE_PASSES);
    }

    @Override
    public Node create(UiContext ui, Actor actor) {
        VBox rows = new VBox(4);
        rows.setId("keysDue");
        Label loading = new Label(ui.text("dashboard.loading"));
        loading.getStyleClass().add(Styles.TEXT_MUTED);
        rows.getChildren().add(loading);
        ui.tasks().execute(BackgroundTask.of(progress -> new Due(
                        KeyAccess.mayUseCabinet(actor) ? keys.overdue(actor) : null,
                        actor.may(Permission.ISSUE_PASSES) ? passes.expiring(actor, EXPIRING_DAYS) : null))
                .onSuccess(due -> rows.getChildren().setAll(lines(ui, due)))
                .onFailure(error -> loading.setText(ui.explain(error))));
        return new Card("keysCard", ui.text("dashboard.keys.title"), rows);
    }

    private static List<Label> lines(UiContext ui, Due due) {
        List<Label> lines = new ArrayList<>();
        if (due.overdue() != null) {
            Label overdue = new Label(due.overdue().isEmpty() ? ui.text("dashboard.keys.noneOverdue")
                    : ui.format("dashboard.keys.overdue", due.overdue().size()));
            overdue.setId("keysOverdue");
            overdue.getStyleClass().add(Styles.TEXT_BOLD);
            if (!due.overdue().isEmpty()) {
                overdue.getStyleClass().add(Styles.DANGER);
            }
            lines.add(overdue);
            Instant now = ui.clock().instant();
            for (CabinetKey key : due.overdue().subList(0, Math.min(SHOWN, due.overdue().size()))) {
                var loan = key.loan().orElseThrow();
                lines.add(new Label(ui.format("dashboard.keys.line", key.number(), key.opens().name(), loan.borrower().name(),
                        late(ui, Duration.between(loan.due(), now)))));
            }
        }
        if (due.expiring() != null) {
            Label expiring = new Label(due.expiring().isEmpty() ? ui.format("dashboard.passes.noneExpiring", EXPIRING_DAYS)
                    : ui.format("dashboard.passes.expiring", due.expiring().size(), EXPIRING_DAYS));
            expiring.setId("passesExpiring");
            expiring.getStyleClass().add(Styles.TEXT_BOLD);
            lines.add(expiring);
            LocalDate today = LocalDate.now(ui.clock());
            for (Pass pass : due.expiring().subList(0, Math.min(SHOWN, due.expiring().size()))) {
                lines.add(new Label(ui.format("dashboard.passes.line", pass.typeName(), pass.number(), pass.room(), pass.holder(),
                        pass.validUntil().toString(), ChronoUnit.DAYS.between(today, pass.validUntil()))));
            }
        }
        return lines;
    }

    /** How late, in whole hours once past one, else in minutes (as the repair card counts). */
    private static String late(UiContext ui, Duration by) {
        return by.toHours() >= 1 ? ui.format("dashboard.repairs.hours", by.toHours())
                : ui.format("dashboard.repairs.minutes", Math.max(1, by.toMinutes()));
    }

    /** What the card shows; a part the signed-in person may not see is null. */
    private record Due(List<CabinetKey> overdue, List<Pass> expiring) {
    }
}
