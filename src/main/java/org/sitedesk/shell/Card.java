package org.sitedesk.shell;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The frame of a dashboard card: a heading and its body. */
public final class Card extends VBox {
    public Card(String id, String heading, Node... body) {
        super(10);
        setId(id);
        getStyleClass().add("dashboard-card");
        Label title = new Label(heading);
        title.getStyleClass().add(Styles.TITLE_4);
        getChildren().add(title);
        getChildren().addAll(body);
    }
}
