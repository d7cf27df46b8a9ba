package org.sitedesk.fees.ui;

import atlantafx.base.theme.Styles;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.sitedesk.fees.Receipt;
import org.sitedesk.print.ui.PrintPreviews;
import org.sitedesk.print.ui.TableRegister;
import org.sitedesk.ui.IsoDatePicker;
import org.sitedesk.ui.Tables;
import org.sitedesk.ui.UiContext;

/** 收据登记簿 screen: dates, the receipts, reprint, and void with a reason for supervisors. */
public final class ReceiptsView extends BorderPane {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public ReceiptsView(ReceiptsViewModel model, UiContext ui, PrintPreviews previews) {
        getStyleClass().add("page");
        Label title = new Label(ui.text("nav.receipts"));
        title.getStyleClass().addAll(Styles.TITLE_3, "page-title");
        DatePicker from = IsoDatePicker.create();
        from.setId("receiptsFrom");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = IsoDatePicker.create();
        to.setId("receiptsTo");
        to.valueProperty().bindBidirectional(model.toProperty());
        Button search = new Button(ui.text("button.search"));
        search.setId("receiptsSearch");
        search.setDefaultButton(true);
        search.setOnAction(event -> model.search());

        TableView<Receipt> table = new TableView<>(model.receipts());
        table.setId("receiptsTable");
        table.getColumns().add(Tables.textColumn(ui.text("print.receipt.number"), 110, Receipt::number));
        table.getColumns().add(Tables.textColumn(ui.text("importScreen.room"), 90, Receipt::room));
        table.getColumns().add(Tables.textColumn(ui.text("receipts.column.amount"), 90,
                receipt -> (receipt.refund() ? "-" : "") + receipt.amount().amount().toPlainString()));
        table.getColumns().add(Tables.textColumn(ui.text("print.receipt.method"), 70,
                receipt -> ui.messages().get(receipt.method())));
        table.getColumns().add(Tables.textColumn(ui.text("print.receipt.date"), 100, receipt -> receipt.paidOn().toString()));
        table.getColumns().add(Tables.textColumn(ui.text("receipts.column.recorded"), 130,
                receipt -> receipt.recordedAt().atZoneSameInstant(ui.clock().getZone()).format(TIME)));
        table.getColumns().add(Tables.textColumn(ui.text("print.receipt.cashier"), 80, Receipt::cashier));
        table.getColumns().add(Tables.textColumn(ui.text("receipts.column.status"), 200, model::statusOf));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.placeholder(table, ui.text("table.empty"));
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, receipt) ->
                model.selectedProperty().set(receipt));

        FlowPane filters = new FlowPane(8, 8, new Label(ui.text("audit.from")), from, new Label(ui.text("audit.to")), to,
                search, TableRegister.button(table, ui.text("nav.receipts"), () -> "", previews, ui));
        filters.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("receiptsMessage");
        message.getStyleClass().add("form-message");
        message.textProperty().bind(model.messageProperty());
        setTop(new VBox(10, title, filters, message));
        setCenter(table);

        Button reprint = new Button(ui.text("receipts.reprint"));
        reprint.setId("reprintButton");
        reprint.disableProperty().bind(model.selectedProperty().isNull());
        reprint.setOnAction(event -> model.reprint(getScene().getWindow()));
        TextField reason = new TextField();
        reason.setId("voidReason");
        reason.setPromptText(ui.text("receipts.voidReasonPrompt"));
        reason.setPrefColumnCount(24);
        reason.textProperty().bindBidirectional(model.voidReasonProperty());
        Button voidButton = new Button(ui.text("receipts.void"));
        voidButton.setId("voidButton");
        voidButton.getStyleClass().add(Styles.DANGER);
        voidButton.disableProperty().bind(model.selectedProperty().isNull().or(model.busyProperty()));
        voidButton.setOnAction(event -> model.voidSelected());
        TextField invoice = new TextField();
        invoice.setId("invoiceNumber");
        invoice.setPromptText(ui.text("receipts.invoicePrompt"));
        invoice.setPrefColumnCount(12);
        invoice.textProperty().bindBidirectional(model.invoiceProperty());
        Button recordInvoice = new Button(ui.text("receipts.recordInvoice"));
        recordInvoice.setId("recordInvoiceButton");
        recordInvoice.disableProperty().bind(model.selectedProperty().isNull().or(model.busyProperty()));
        recordInvoice.setOnAction(event -> model.recordInvoice());
        HBox actions = new HBox(8, reprint, invoice, recordInvoice);
        if (model.mayVoid()) {
            actions.getChildren().addAll(reason, voidButton);
        }
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.getStyleClass().add("page-actions");
        setBottom(actions);
        model.search();
    }
}
