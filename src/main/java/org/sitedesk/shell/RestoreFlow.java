package org.sitedesk.shell;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import org.sitedesk.app.Services;
import org.sitedesk.backup.DatabaseRestore;
import org.sitedesk.core.db.Database;
import org.sitedesk.core.db.DatabaseLocation;
import org.sitedesk.core.users.Actor;
import org.sitedesk.ui.BackgroundTask;
import org.sitedesk.ui.UiContext;

/**
 * Restoring a backup from the window (DOMAIN.md "Data safety" 2): the database this window has open
 * is closed, the backup comes back with the same checks as {@code sitedesk restore} under a progress
 * bar, and the window opens the restored database at the sign-in, since its users are the backup's.
 * When the restore fails, the database that was there is back in place and opened again.
 */
final class RestoreFlow {
    private final UiContext ui;
    private final MainFrame frame;
    private final Clock clock;

    RestoreFlow(UiContext ui, MainFrame frame, Clock clock) {
        this.ui = ui;
        this.frame = frame;
        this.clock = clock;
    }

    /**
     * Restores {@code backup} over {@code before}'s database; {@code reopened} receives the database
     * to work on once the clerk has read the outcome, {@code failed} what could not be opened at all.
     */
    void start(OpenedDatabase before, Actor restoring, Path backup, Consumer<OpenedDatabase> reopened,
            Consumer<Throwable> failed) {
        DatabaseLocation location = before.services().core().database().location();
        frame.showGate(progressCard(backup));
        ui.tasks().execute(BackgroundTask.of(progress -> {
            before.services().core().database().close();
            try {
                DatabaseRestore.Restored restored = new DatabaseRestore(clock).restore(backup, location,
                        database -> Services.wire(database, clock).backups().summary(), progress);
                OpenedDatabase after = open(location, before);
                after.services().backups().recordRestore(restoring, backup, restored.checked() ? "checked"
                        : "differences: " + restored.differences().size());
                return new Outcome(after, Optional.of(restored), Optional.empty());
            } catch (RuntimeException e) {
                return new Outcome(open(location, before), Optional.empty(), Optional.of(e));
            }
        }).title(ui.text("backup.restoring")).onSuccess(outcome -> frame.showGate(outcomeCard(outcome, reopened)))
                .onFailure(failed));
    }

    private OpenedDatabase open(DatabaseLocation location, OpenedDatabase before) {
        Database database = Database.open(location);
        return new OpenedDatabase(Services.wire(database, clock), Optional.empty(), () -> {
            database.close();
            before.close().run();
        }, before.dailyBackup());
    }

    private VBox progressCard(Path backup) {
        Label label = new Label(ui.format("backup.restoringFile", backup.getFileName()));
        label.setWrapText(true);
        ProgressBar bar = new ProgressBar();
        bar.setId("restoreProgress");
        bar.setPrefWidth(360);
        bar.progressProperty().bind(ui.tasks().progressProperty());
        VBox card = new VBox(14, new Label(ui.text("backup.restoreSection")), label, bar);
        card.getStyleClass().add("gate-form");
        card.setId("restoringCard");
        return card;
    }

    private VBox outcomeCard(Outcome outcome, Consumer<OpenedDatabase> reopened) {
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_4);
        Label message = new Label();
        message.setId("restoreOutcome");
        message.setWrapText(true);
        message.setMaxWidth(520);
        if (outcome.error().isPresent()) {
            title.setText(ui.text("backup.restoreFailedTitle"));
            message.setText(ui.format("backup.restoreFailed", ui.explain(outcome.error().get())));
            message.getStyleClass().add(Styles.DANGER);
        } else {
            DatabaseRestore.Restored restored = outcome.restored().orElseThrow();
            String aside = restored.safetyCopy().map(copy -> ui.format("backup.safetyCopy", copy)).orElse("");
            if (restored.checked()) {
                title.setText(ui.text("backup.restoredTitle"));
                message.setText(ui.format("backup.restored", restored.expected().rows().values().stream()
                        .mapToInt(Integer::intValue).sum(), aside));
            } else {
                title.setText(ui.text("backup.restoredDiffersTitle"));
                message.setText(ui.format("backup.restoredDiffers", String.join("\n", restored.differences()), aside));
                message.getStyleClass().add(Styles.DANGER);
            }
        }
        Button signIn = new Button(ui.text("backup.signInAgain"));
        signIn.setId("restoreSignInButton");
        signIn.getStyleClass().add(Styles.ACCENT);
        signIn.setOnAction(event -> reopened.accept(outcome.database()));
        VBox card = new VBox(14, title, message, signIn);
        card.getStyleClass().add("gate-form");
        card.setId("restoredCard");
        return card;
    }

    private record Outcome(OpenedDatabase database, Optional<DatabaseRestore.Restored> restored,
            Optional<RuntimeException> error) {
    }
}
