package org.sitedesk.renovation.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.layout.VBox;

/** Parts of a pane shown only while they apply to the chosen permit (its state and the user's permissions). */
final class Sections {
    private final List<Runnable> updates = new ArrayList<>();

    /** A titled part, shown while {@code applies} holds. */
    VBox add(Node heading, BooleanSupplier applies, Node... content) {
        VBox section = new VBox(8);
        section.getStyleClass().add("renovation-section");
        section.getChildren().add(heading);
        section.getChildren().addAll(content);
        updates.add(() -> {
            boolean shown = applies.getAsBoolean();
            section.setVisible(shown);
            section.setManaged(shown);
        });
        return section;
    }

    void update() {
        updates.forEach(Runnable::run);
    }
}
