package org.sitedesk.repair.ui;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.sitedesk.repair.ComplaintEntry;
import org.sitedesk.ui.Tables;
import org.sitedesk.ui.UiContext;

/** 投诉台账: the month picker, the month's complaints, and the ledger printed. */
public final class ComplaintsView extends BorderPane {
    public ComplaintsView(ComplaintsViewModel model, UiContext ui) {
        getStyleClass().add("page");
        Label title = new Label(ui.text("nav.complaints"));
        title.getStyleClass().addAll(Styles.TITLE_3, "page-title");

        TableView<ComplaintEntry> table = new TableView<>(model.complaints());
        table.setId("complaintsTable");
        // English headers are longer than the Chinese ones the columns are sized for: they wrap instead of being cut
        table.getStyleClass().add("wrapped-headers");
        for (LedgerColumn column : model.columns()) {
            table.getColumns().add(column.sentence() ? WrappedColumns.of(column.title(), column.screenWidth(), column.text())
                    : fixed(Tables.textColumn(column.title(), column.screenWidth(), column.text())));
        }
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Tables.placeholder(table, ui.text("table.empty"));

        Button print = new Button(ui.text("print.register.button"), new FontIcon(MaterialDesignP.PRINTER_OUTLINE));
        print.setId("complaintsPrint");
        print.disableProperty().bind(model.loadedProperty().not().or(model.busyProperty()));
        print.setOnAction(event -> model.print(getScene().getWindow()));
        HBox filters = new HBox(8, new MonthPicker(model.month(), model::show, "complaints", ui), print);
        filters.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("complaintsMessage");
        message.getStyleClass().add("form-message");
        message.textProperty().bind(model.messageProperty());
        setTop(new VBox(10, title, filters, message));
        setCenter(table);
        model.show();
    }

    /** Short values keep their width as the window narrows or widens; the sentences wrap or take the room. */
    private static <S> TableColumn<S, String> fixed(TableColumn<S, String> column) {
        column.setMinWidth(column.getPrefWidth());
        column.setMaxWidth(column.getPrefWidth());
        return column;
    }
}
