package org.sitedesk.repair.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;

/**
 * Text columns whose cells wrap to as many lines as they need: a complaint's description and its
 * handling are sentences the supervisor must read whole, not cut off with "…". A {@link Text}
 * wrapped to the column's width reports its true height, so the row grows with it.
 */
final class WrappedColumns {
    /** The cell's padding, so the wrapped text does not run under the next column. */
    private static final double PADDING = 18;
    /** Narrower than this a sentence reads one word a line. */
    private static final double MIN_WIDTH = 80;

    private WrappedColumns() {
    }

    static <S> TableColumn<S, String> of(String title, double width, Function<S, String> text) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, MIN_WIDTH));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setCellFactory(owner -> new TableCell<>() {
            private final Text wrapped = new Text();

            {
                wrapped.wrappingWidthProperty().bind(column.widthProperty().subtract(PADDING));
                wrapped.fillProperty().bind(textFillProperty());
                wrapped.fontProperty().bind(fontProperty());
            }

            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                setText(null);
                wrapped.setText(empty || value == null ? "" : value);
                setGraphic(empty ? null : wrapped);
            }
        });
        return column;
    }
}
