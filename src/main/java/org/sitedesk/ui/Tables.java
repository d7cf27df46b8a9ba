package org.sitedesk.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Read-only text columns for list screens, and the placeholder an empty table shows. */
public final class Tables {
    private Tables() {
    }

    public static <S> TableColumn<S, String> textColumn(String title, double width, Function<S, String> text) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    public static void placeholder(TableView<?> table, String text) {
        Label label = new Label(text);
        label.getStyleClass().add("table-placeholder");
        table.setPlaceholder(label);
    }
}
