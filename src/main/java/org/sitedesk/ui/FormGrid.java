package org.sitedesk.ui;

import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** Label and field rows, labels right-aligned and sized to their text so Chinese never clips. */
public final class FormGrid extends GridPane {
    private int rows;

    public FormGrid() {
        getStyleClass().add("form-grid");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        getColumnConstraints().addAll(labels, fields);
    }

    public FormGrid row(String label, Node field) {
        Label caption = new Label(label);
        caption.setLabelFor(field);
        caption.setMinWidth(USE_PREF_SIZE);
        addRow(rows++, caption, field);
        return this;
    }

    /** A node spanning both columns: a message or a row of buttons. */
    public FormGrid full(Node node) {
        add(node, 0, rows++, 2, 1);
        return this;
    }
}
