package org.sitedesk.ui;

import atlantafx.base.theme.Styles;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/** Text fields bound both ways to a view model, headings, rows and the one-line message under a form, for the feature screens' forms. */
public final class FormFields {
    private FormFields() {
    }

    public static TextField text(String id, int columns, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    public static TextArea area(String id, int rows, StringProperty value) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPrefRowCount(rows);
        area.setPrefColumnCount(24);
        area.setWrapText(true);
        area.textProperty().bindBidirectional(value);
        return area;
    }

    public static Label message(String id, StringProperty text) {
        Label message = new Label();
        message.setId(id);
        message.getStyleClass().add("form-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(text);
        return message;
    }

    public static Label muted(UiContext ui, String key) {
        Label label = new Label(ui.text(key));
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setWrapText(true);
        return label;
    }

    public static Label heading(UiContext ui, String key) {
        Label label = new Label(ui.text(key));
        label.getStyleClass().add(Styles.TEXT_BOLD);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    public static Label wrapped(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** Controls in one row that wraps on a narrow pane; labels among them keep their whole text. */
    public static FlowPane row(Node... nodes) {
        for (Node node : nodes) {
            if (node instanceof Label label) {
                label.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        FlowPane row = new FlowPane(8, 8, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
