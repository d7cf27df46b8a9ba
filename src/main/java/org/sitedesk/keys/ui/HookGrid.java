package org.sitedesk.keys.ui;

import java.time.Instant;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.sitedesk.keys.Cabinet;
import org.sitedesk.keys.CabinetKey;
import org.sitedesk.keys.Hook;
import org.sitedesk.keys.KeyState;
import org.sitedesk.ui.UiContext;

/**
 * The cabinet as it hangs on the wall: one tile per numbered hook, empty, with its key, or with its
 * key out (and red once the key is overdue); sealed envelopes are marked. A tile chooses its hook.
 */
final class HookGrid extends FlowPane {
    private final CabinetViewModel model;
    private final UiContext ui;

    HookGrid(CabinetViewModel model, UiContext ui) {
        super(6, 6);
        this.model = model;
        this.ui = ui;
        setId("hookGrid");
        getStyleClass().add("hook-grid");
        model.keys().addListener((javafx.collections.ListChangeListener<CabinetKey>) change -> draw());
        model.cabinetProperty().addListener((observable, old, now) -> draw());
        model.hookProperty().addListener((observable, old, now) -> draw());
    }

    private void draw() {
        getChildren().clear();
        Cabinet cabinet = model.cabinetProperty().get();
        if (cabinet == null) {
            return;
        }
        Instant now = model.now();
        for (int number = 1; number <= cabinet.hookCount(); number++) {
            getChildren().add(tile(cabinet.hook(number), model.keyOn(number), now));
        }
    }

    private Button tile(Hook hook, Optional<CabinetKey> key, Instant now) {
        Label label = new Label(hook.label());
        label.getStyleClass().add("hook-label");
        VBox body = new VBox(1, label);
        body.setAlignment(Pos.TOP_LEFT);
        Button tile = new Button();
        tile.setId("hook-" + hook.label());
        tile.getStyleClass().add("hook-tile");
        if (key.isEmpty()) {
            tile.getStyleClass().add("hook-empty");
            body.getChildren().add(muted(ui.text("keys.emptyHook")));
        } else {
            CabinetKey held = key.get();
            body.getChildren().add(new Label(held.number() + " " + held.opens().name()));
            if (held.state() == KeyState.LENT) {
                boolean late = held.overdue(now);
                tile.getStyleClass().add(late ? "hook-overdue" : "hook-out");
                body.getChildren().add(muted(ui.format(late ? "keys.tileOverdue" : "keys.tileOut",
                        held.loan().orElseThrow().borrower().name())));
            } else {
                tile.getStyleClass().add("hook-in");
                body.getChildren().add(muted(held.sealed() ? ui.text("keys.tileSealed") : ui.format("keys.tileCopies", held.copies())));
            }
            if (held.sealed()) {
                tile.getStyleClass().add("hook-sealed");
            }
        }
        Integer chosen = model.hookProperty().get();
        if (chosen != null && chosen == hook.number()) {
            tile.getStyleClass().add("hook-chosen");
        }
        tile.setGraphic(body);
        tile.setAccessibleText(hook.label() + " " + key.map(CabinetKey::number).orElse(""));
        tile.setOnAction(event -> model.hookProperty().set(hook.number()));
        return tile;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("hook-detail");
        return label;
    }
}
