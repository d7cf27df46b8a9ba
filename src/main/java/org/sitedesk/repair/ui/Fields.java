package org.sitedesk.repair.ui;

import javafx.beans.property.StringProperty;
import javafx.scene.control.TextField;

/** A text field bound both ways to a view model's property, as the repair forms use them. */
final class Fields {
    private Fields() {
    }

    static TextField bound(String id, int columns, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}
