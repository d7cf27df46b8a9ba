package org.sitedesk.shell.signin;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.sitedesk.ui.FormGrid;

/** The shape of every form in the sign-in card: title, fields, a message line, one default button. */
final class GateForm extends VBox {
    GateForm(String title, Node explanation, FormGrid fields, ObservableStringValue message,
            String buttonText, String buttonId, ObservableBooleanValue busy, Runnable action) {
        getStyleClass().add("gate-form");
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_3);

        Label messageLine = new Label();
        messageLine.setId("gateMessage");
        messageLine.getStyleClass().add("form-message");
        messageLine.setWrapText(true);
        messageLine.textProperty().bind(message);
        messageLine.managedProperty().bind(messageLine.textProperty().isNotEmpty());
        messageLine.visibleProperty().bind(messageLine.managedProperty());

        Button button = new Button(buttonText);
        button.setId(buttonId);
        button.getStyleClass().add(Styles.ACCENT);
        button.setDefaultButton(true);
        button.setMaxWidth(Double.MAX_VALUE);
        button.disableProperty().bind(busy);
        button.setOnAction(event -> action.run());

        getChildren().add(heading);
        if (explanation != null) {
            getChildren().add(explanation);
        }
        getChildren().addAll(fields, messageLine, button);
    }

    static Label explanation(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }
}
