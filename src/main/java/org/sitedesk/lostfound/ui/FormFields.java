package org.sitedesk.lostfound.ui;

import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.sitedesk.ui.UiContext;

/** Text fields bound both ways to a view model, and the one-line message under a form, as the lost-and-found forms use them. */
final class FormFields {
    private FormFields() {
    }

    static TextField text(String id, int columns, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    static TextArea area(String id, int rows, StringProperty value) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPrefRowCount(rows);
        area.setPrefColumnCount(24);
        area.setWrapText(true);
        area.textProperty().bindBidirectional(value);
        return area;
    }

    static Label message(String id, StringProperty text) {
        Label message = new Label();
        message.setId(id);
        message.getStyleClass().add("form-message");
        message.setWrapText(true);
        message.textProperty().bind(text);
        return message;
    }

    static Label muted(UiContext ui, String key) {
        Label label = new Label(ui.text(key));
        label.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_MUTED);
        label.setWrapText(true);
        return label;
    }
}
