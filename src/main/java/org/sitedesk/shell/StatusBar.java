package org.sitedesk.shell;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.sitedesk.core.users.Actor;
import org.sitedesk.ui.UiContext;

/** Bottom line: who is signed in with which role, the database in use, background work, the time. */
public final class StatusBar extends HBox {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final UiContext ui;
    private final Label user = new Label();
    private final Label database = new Label();
    private final Label clock = new Label();
    private final Timeline ticker;

    public StatusBar(UiContext ui) {
        super(10);
        this.ui = ui;
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        user.setId("statusUser");
        user.setGraphic(new FontIcon(MaterialDesignA.ACCOUNT_OUTLINE));
        database.setId("statusDatabase");
        database.setGraphic(new FontIcon(MaterialDesignD.DATABASE_OUTLINE));
        database.setText(ui.text("status.databaseOpening"));
        clock.setId("statusClock");

        Label task = new Label();
        task.textProperty().bind(ui.tasks().titleProperty());
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(120);
        progress.progressProperty().bind(ui.tasks().progressProperty());
        HBox work = new HBox(6, task, progress);
        work.setAlignment(Pos.CENTER_LEFT);
        work.visibleProperty().bind(ui.tasks().busyProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        setSignedIn(null);
        getChildren().addAll(user, new Separator(Orientation.VERTICAL), database, spacer, work, clock);

        tick();
        ticker = new Timeline(new KeyFrame(Duration.seconds(1), event -> tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
    }

    public void setSignedIn(Actor actor) {
        user.setText(actor == null
                ? ui.text("status.notSignedIn")
                : ui.format("status.user", actor.displayName(), actor.name(), actor.role()));
    }

    public void setDatabase(String name) {
        database.setText(name);
    }

    /** Stops the clock when this bar is replaced (language change). */
    public void dispose() {
        ticker.stop();
    }

    private void tick() {
        clock.setText(LocalDateTime.now(ui.clock()).format(CLOCK));
    }
}
