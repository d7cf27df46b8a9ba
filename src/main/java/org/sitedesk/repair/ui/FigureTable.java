package org.sitedesk.repair.ui;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import org.sitedesk.ui.Tables;
import org.sitedesk.ui.UiContext;

/** A table of figure lines: a rate that misses its target in red, the estate's line shaded. */
final class FigureTable extends TableView<FigureLine> {
    private static final String ESTATE_ROW = "figures-estate";
    private static final double ROW_HEIGHT = 38;
    private static final double HEADER_HEIGHT = 44;
    private static final int MIN_ROWS = 2;
    FigureTable(String id, ObservableList<FigureLine> lines, UiContext ui) {
        super(lines);
        setId(id);
        getColumns().add(Tables.textColumn("", FigureLine.COLUMN_WIDTHS.get(0), FigureLine::name));
        getColumns().add(Tables.textColumn("", FigureLine.COLUMN_WIDTHS.get(1), FigureLine::requests));
        getColumns().add(rate(FigureLine.COLUMN_WIDTHS.get(2), FigureLine::onTimeArrival));
        getColumns().add(rate(FigureLine.COLUMN_WIDTHS.get(3), FigureLine::onTimeCompletion));
        getColumns().add(rate(FigureLine.COLUMN_WIDTHS.get(4), FigureLine::rework));
        getColumns().add(rate(FigureLine.COLUMN_WIDTHS.get(5), FigureLine::returnVisits));
        getColumns().add(rate(FigureLine.COLUMN_WIDTHS.get(6), FigureLine::satisfaction));
        getColumns().add(rate(FigureLine.COLUMN_WIDTHS.get(7), FigureLine::sameDayReplies));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.placeholder(this, ui.text("table.empty"));
        setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(FigureLine line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().remove(ESTATE_ROW);
                if (!empty && line != null && line.estate()) {
                    getStyleClass().add(ESTATE_ROW);
                }
            }
        });
    }

    /** As tall as its rows (at least two), so a second table below gets the rest of the page. */
    void fitRows() {
        setFixedCellSize(ROW_HEIGHT);
        prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> HEADER_HEIGHT + Math.max(MIN_ROWS, getItems().size()) * ROW_HEIGHT, getItems()));
        setMaxHeight(Region.USE_PREF_SIZE);
        setMinHeight(HEADER_HEIGHT + MIN_ROWS * ROW_HEIGHT);
    }

    /** Column titles in order (the name column's first); the targets change with the month shown. */
    void titles(List<String> titles) {
        for (int i = 0; i < titles.size() && i < getColumns().size(); i++) {
            getColumns().get(i).setText(titles.get(i));
        }
    }

    private static TableColumn<FigureLine, FigureCell> rate(double width, Function<FigureLine, FigureCell> value) {
        TableColumn<FigureLine, FigureCell> column = new TableColumn<>();
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(owner -> new TableCell<>() {
            @Override
            protected void updateItem(FigureCell figure, boolean empty) {
                super.updateItem(figure, empty);
                setText(null);
                setGraphic(null);
                if (empty || figure == null) {
                    return;
                }
                if (figure.missed()) {
                    Label marked = new Label(figure.text());
                    marked.getStyleClass().add(Styles.DANGER);
                    setGraphic(marked);
                } else {
                    setText(figure.text());
                }
            }
        });
        return column;
    }
}
