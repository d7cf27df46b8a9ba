package org.sitedesk.fees.ui;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.sitedesk.core.money.Money;
import org.sitedesk.fees.UnitAccount;
import org.sitedesk.ui.FormGrid;
import org.sitedesk.ui.IsoDatePicker;
import org.sitedesk.ui.LocalizedConverter;
import org.sitedesk.ui.Tables;
import org.sitedesk.ui.UiContext;

/**
 * 收银台, keyboard first: the amount field has the focus with the total owed in it, cash is chosen,
 * Enter takes the payment and the receipt opens in the preview.
 */
public final class CounterView extends BorderPane {
    private final TextField amount = new TextField();

    public CounterView(CounterViewModel model, UiContext ui) {
        getStyleClass().add("page");
        Label title = new Label(ui.text("nav.counter"));
        title.getStyleClass().addAll(Styles.TITLE_3, "page-title");
        TextField room = new TextField();
        room.setId("counterRoom");
        room.setPromptText(ui.text("counter.roomPrompt"));
        room.setPrefColumnCount(10);
        room.textProperty().bindBidirectional(model.roomProperty());
        room.setOnAction(event -> model.find());
        Button find = new Button(ui.text("button.search"));
        find.setId("counterFind");
        find.setOnAction(event -> model.find());
        Label owners = new Label();
        owners.setId("counterOwners");
        owners.textProperty().bind(model.ownersProperty());
        Label prepayment = new Label();
        prepayment.setId("counterPrepayment");
        prepayment.textProperty().bind(Bindings.createStringBinding(() -> model.accountProperty().get() == null ? ""
                : ui.format("counter.prepayment", model.accountProperty().get().prepayment().amount().toPlainString()),
                model.accountProperty()));
        Button closeShift = new Button(ui.text("counter.closeShift"));
        closeShift.setId("closeShiftButton");
        closeShift.disableProperty().bind(model.busyProperty());
        closeShift.setOnAction(event -> model.closeShift(rendered -> model.printing().open(rendered, getScene().getWindow())));
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, title, room, find, owners, prepayment, spacer, closeShift);
        top.setAlignment(Pos.CENTER_LEFT);
        setTop(top);

        setCenter(chargesTable(model, ui));
        setRight(paymentForm(model, ui));
        model.unitProperty().addListener((observable, old, now) -> focusAmount());
    }

    private VBox chargesTable(CounterViewModel model, UiContext ui) {
        TableView<ChargeRow> table = new TableView<>(model.charges());
        table.setId("counterCharges");
        table.setEditable(true);
        TableColumn<ChargeRow, Boolean> named = new TableColumn<>(ui.text("counter.column.named"));
        named.setCellValueFactory(cell -> cell.getValue().namedProperty());
        named.setCellFactory(CheckBoxTableCell.forTableColumn(named));
        named.setEditable(true);
        named.setPrefWidth(50);
        table.getColumns().add(named);
        table.getColumns().add(Tables.textColumn(ui.text("print.receipt.period"), 80, row -> row.charge().period().toString()));
        table.getColumns().add(Tables.textColumn(ui.text("print.receipt.item"), 150, row -> row.charge().itemName()));
        table.getColumns().add(Tables.textColumn(ui.text("counter.column.principal"), 90,
                row -> row.charge().principalOpen().amount().toPlainString()));
        table.getColumns().add(Tables.textColumn(ui.text("counter.column.lateFee"), 70,
                row -> row.charge().lateFeeOpen().amount().toPlainString()));
        table.getColumns().add(Tables.textColumn(ui.text("counter.column.due"), 170, row -> row.charge().due().toString()
                + (row.charge().overdue() ? " " + ui.text("counter.overdue") : "")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.placeholder(table, ui.text("counter.nothingOwed"));
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, row) ->
                model.selectedChargeProperty().set(row));
        Label totals = new Label();
        totals.setId("counterTotals");
        totals.getStyleClass().add(Styles.TITLE_4);
        totals.textProperty().bind(Bindings.createStringBinding(() -> totals(model.accountProperty().get(), ui),
                model.accountProperty()));
        VBox box = new VBox(8, table, totals);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private static String totals(UnitAccount account, UiContext ui) {
        if (account == null) {
            return "";
        }
        Money principal = account.principalOwed();
        Money lateFee = account.lateFeeOwed();
        return ui.format("counter.totals", principal.amount().toPlainString(), lateFee.amount().toPlainString(),
                account.totalOwed().amount().toPlainString());
    }

    private VBox paymentForm(CounterViewModel model, UiContext ui) {
        amount.setId("counterAmount");
        amount.textProperty().bindBidirectional(model.amountProperty());
        ComboBox<org.sitedesk.fees.PaymentMethod> method = new ComboBox<>();
        method.setId("counterMethod");
        method.getItems().setAll(model.methods());
        method.setConverter(new LocalizedConverter<>(ui.messages()));
        method.valueProperty().bindBidirectional(model.methodProperty());
        DatePicker paidOn = IsoDatePicker.create();
        paidOn.setId("counterPaidOn");
        paidOn.valueProperty().bindBidirectional(model.paidOnProperty());
        TextField reason = new TextField();
        reason.setId("counterReason");
        reason.setPromptText(ui.text("counter.reasonPrompt"));
        reason.textProperty().bindBidirectional(model.reasonProperty());
        TextField payer = new TextField();
        payer.setId("counterPayer");
        payer.setPromptText(ui.text("print.receipt.ownerOfRoom"));
        payer.textProperty().bindBidirectional(model.payerProperty());
        TextField reference = new TextField();
        reference.setId("counterReference");
        reference.textProperty().bindBidirectional(model.referenceProperty());
        CheckBox onForm = new CheckBox(ui.text("counter.onForm"));
        onForm.setId("counterOnForm");
        onForm.selectedProperty().bindBidirectional(model.onFormProperty());
        Button pay = new Button(ui.text("counter.pay"));
        pay.setId("counterPay");
        pay.getStyleClass().add(Styles.ACCENT);
        pay.setDefaultButton(true);
        pay.disableProperty().bind(model.busyProperty().or(model.unitProperty().isNull()));
        pay.setOnAction(event -> model.pay(rendered -> model.printing().open(rendered, getScene().getWindow())));
        Label message = new Label();
        message.setId("counterMessage");
        message.getStyleClass().add("form-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        FormGrid grid = new FormGrid()
                .row(ui.text("counter.amount"), amount)
                .row(ui.text("print.receipt.method"), method)
                .row(ui.text("counter.paidOn"), paidOn)
                .row(ui.text("counter.reason"), reason)
                .row(ui.text("print.receipt.payer"), payer)
                .row(ui.text("counter.reference"), reference);
        grid.full(onForm);
        grid.full(pay);
        grid.full(message);
        VBox box = new VBox(16, grid);
        if (model.mayAdjust()) {
            box.getChildren().add(adjustments(model, ui));
        }
        box.getStyleClass().add("counter-form");
        box.setPrefWidth(340);
        return box;
    }

    /** 主管操作: waiver, write-off and refund, each with the reason typed once. */
    private static VBox adjustments(CounterViewModel model, UiContext ui) {
        Label heading = new Label(ui.text("counter.adjustments"));
        heading.getStyleClass().add(Styles.TITLE_4);
        TextField reason = new TextField();
        reason.setId("adjustmentReason");
        reason.setPromptText(ui.text("counter.adjustmentReason"));
        reason.textProperty().bindBidirectional(model.adjustmentReasonProperty());
        Button waive = new Button(ui.text("counter.waive"));
        waive.setId("waiveButton");
        waive.setOnAction(event -> model.waiveLateFee());
        Button writeOff = new Button(ui.text("counter.writeOff"));
        writeOff.setId("writeOffButton");
        writeOff.setOnAction(event -> model.writeOff());
        TextField refund = new TextField();
        refund.setId("refundAmount");
        refund.setPromptText(ui.text("counter.adjustmentAmount"));
        refund.setPrefColumnCount(6);
        refund.textProperty().bindBidirectional(model.refundAmountProperty());
        Button refundButton = new Button(ui.text("counter.refund"));
        refundButton.setId("refundButton");
        refundButton.setOnAction(event -> model.refund());
        for (Button button : new Button[] {waive, writeOff, refundButton}) {
            button.disableProperty().bind(model.busyProperty().or(model.unitProperty().isNull()));
        }
        Label hint = new Label(ui.text("counter.adjustmentHint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        return new VBox(8, heading, reason, new HBox(8, refund, refundButton), new HBox(8, waive, writeOff), hint);
    }

    /** The amount field with its text selected, so the cashier can type over it or press Enter. */
    public void focusAmount() {
        amount.requestFocus();
        amount.selectAll();
    }
}
