package org.sitedesk.repair.ui;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.sitedesk.print.ui.PrintPreviews;
import org.sitedesk.print.ui.TableRegister;
import org.sitedesk.repair.ComplaintEntry;
import org.sitedesk.ui.Tables;
import org.sitedesk.ui.UiContext;

/** 投诉台账: the month picker, the month's complaints, and the ledger printed as the table shows it. */
public final class ComplaintsView extends BorderPane {
    public ComplaintsView(ComplaintsViewModel model, UiContext ui, PrintPreviews previews) {
        getStyleClass().add("page");
        Label title = new Label(ui.text("nav.complaints"));
        title.getStyleClass().addAll(Styles.TITLE_3, "page-title");

        TableView<ComplaintEntry> table = new TableView<>(model.complaints());
        table.setId("complaintsTable");
        table.getColumns().add(Tables.textColumn(ui.text("complaints.column.number"), 120, ComplaintEntry::number));
        table.getColumns().add(Tables.textColumn(ui.text("complaints.column.reportedAt"), 125, model::reportedAt));
        table.getColumns().add(Tables.textColumn(ui.text("complaints.column.location"), 80, ComplaintEntry::location));
        table.getColumns().add(Tables.textColumn(ui.text("complaints.column.reporter"), 65, ComplaintEntry::reporter));
        table.getColumns().add(Tables.textColumn(ui.text("complaints.column.category"), 70, ComplaintEntry::category));
        table.getColumns().add(Tables.textColumn(ui.text("complaints.column.description"), 160, ComplaintEntry::description));
        table.getColumns().add(Tables.textColumn(ui.text("complaints.column.repliedAt"), 125, model::repliedAt));
        table.getColumns().add(Tables.textColumn(ui.text("complaints.column.handling"), 160, ComplaintEntry::handling));
        table.getColumns().add(Tables.textColumn(ui.text("complaints.column.result"), 120, model::result));
        table.getColumns().add(Tables.textColumn(ui.text("complaints.column.satisfaction"), 80, model::satisfaction));
        table.getColumns().add(Tables.textColumn(ui.text("complaints.column.sameDay"), 80, model::sameDay));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.placeholder(table, ui.text("table.empty"));

        HBox filters = new HBox(8, new MonthPicker(model.month(), model::show, "complaints", ui),
                TableRegister.button(table, ui.text("nav.complaints"), model::shownMonth, previews, ui));
        filters.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("complaintsMessage");
        message.getStyleClass().add("form-message");
        message.textProperty().bind(model.messageProperty());
        setTop(new VBox(10, title, filters, message));
        setCenter(table);
        model.show();
    }
}
