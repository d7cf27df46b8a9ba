package org.sitedesk.shell;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.layout.StackPane;

/**
 * A tab whose content is built the first time it is chosen: a household card opens without loading
 * what the other features add to it, and what they add is not in the scene until it is looked at.
 */
final class LazyTab {
    private LazyTab() {
    }

    static Tab of(String id, String title, Supplier<Node> content) {
        StackPane holder = new StackPane();
        Tab tab = new Tab(title, holder);
        tab.setId(id);
        tab.selectedProperty().addListener((observable, was, chosen) -> {
            if (chosen && holder.getChildren().isEmpty()) {
                holder.getChildren().setAll(content.get());
            }
        });
        return tab;
    }
}
