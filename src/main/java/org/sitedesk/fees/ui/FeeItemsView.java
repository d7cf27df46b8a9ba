package org.sitedesk.fees.ui;

import atlantafx.base.theme.Styles;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.sitedesk.estate.UnitType;
import org.sitedesk.fees.FeeBasis;
import org.sitedesk.fees.FeeItem;
import org.sitedesk.ui.FormGrid;
import org.sitedesk.ui.LocalizedConverter;
import org.sitedesk.ui.Tables;
import org.sitedesk.ui.UiContext;

/** 收费项目 screen: the items and their rate periods, the item form, the fee rules, the fee board. */
public final class FeeItemsView extends BorderPane {
    public FeeItemsView(FeeItemsViewModel model, UiContext ui) {
        getStyleClass().add("page");
        Label title = new Label(ui.text("nav.feeItems"));
        title.getStyleClass().addAll(Styles.TITLE_3, "page-title");
        Button board = new Button(ui.text("feeItems.printBoard"));
        board.setId("printFeeBoardButton");
        board.setOnAction(event -> model.printBoard(getScene().getWindow()));
        Label message = new Label();
        message.setId("feeItemsMessage");
        message.getStyleClass().add("form-message");
        message.textProperty().bind(model.messageProperty());
        HBox top = new HBox(16, title, board, message);
        top.setAlignment(Pos.CENTER_LEFT);
        setTop(top);

        TableView<FeeItem> table = new TableView<>(model.items());
        table.setId("feeItemsTable");
        table.getColumns().add(Tables.textColumn(ui.text("feeItems.code"), 90, FeeItem::code));
        table.getColumns().add(Tables.textColumn(ui.text("print.receipt.item"), 140, FeeItem::name));
        table.getColumns().add(Tables.textColumn(ui.text("print.feeBoard.basis"), 76, item -> ui.messages().get(item.basis())));
        table.getColumns().add(Tables.textColumn(ui.text("feeItems.rate"), 64, item -> item.rate().toPlainString()));
        table.getColumns().add(Tables.textColumn(ui.text("print.feeBoard.payers"), 76, model::appliesTo));
        table.getColumns().add(Tables.textColumn(ui.text("feeItems.validFrom"), 76, item -> item.validFrom().toString()));
        table.getColumns().add(Tables.textColumn(ui.text("feeItems.validTo"), 76,
                item -> item.validTo().map(Object::toString).orElse("")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.placeholder(table, ui.text("table.empty"));
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, item) -> model.selectedProperty().set(item));
        setCenter(table);

        VBox side = new VBox(18, itemForm(model, ui), settingsForm(model, ui));
        side.setPrefWidth(330);
        side.getStyleClass().add("side-form");
        ScrollPane scroll = new ScrollPane(side);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        setRight(scroll);
        model.load();
    }

    private static Node itemForm(FeeItemsViewModel model, UiContext ui) {
        Label heading = new Label(ui.text("feeItems.form"));
        heading.getStyleClass().add(Styles.TITLE_4);
        ComboBox<FeeBasis> basis = new ComboBox<>();
        basis.setId("feeBasis");
        basis.getItems().setAll(FeeBasis.values());
        basis.setConverter(new LocalizedConverter<>(ui.messages()));
        basis.valueProperty().bindBidirectional(model.basisProperty());
        FlowPane types = new FlowPane(8, 6);
        for (UnitType type : UnitType.values()) {
            CheckBox box = new CheckBox(ui.messages().get(type));
            box.setId("feeType-" + type.name());
            box.setSelected(model.hasType(type));
            box.selectedProperty().addListener((observable, old, chosen) -> model.setType(type, chosen));
            types.getChildren().add(box);
        }
        Button create = button("createFeeItemButton", ui.text("feeItems.create"), model::create, model);
        Button change = button("changeRateButton", ui.text("feeItems.changeRate"), model::changeRate, model);
        Button end = button("endFeeItemButton", ui.text("feeItems.end"), model::end, model);
        FormGrid grid = new FormGrid()
                .row(ui.text("feeItems.code"), field("feeCode", model.codeProperty(), model.mayEdit()))
                .row(ui.text("print.receipt.item"), field("feeName", model.nameProperty(), model.mayEdit()))
                .row(ui.text("print.feeBoard.basis"), basis)
                .row(ui.text("feeItems.rate"), field("feeRate", model.rateProperty(), model.mayEdit()))
                .row(ui.text("print.feeBoard.payers"), types)
                .row(ui.text("feeItems.month"), field("feeMonth", model.monthProperty(), model.mayEdit()));
        Label hint = new Label(ui.text("feeItems.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        grid.full(hint);
        HBox buttons = new HBox(8, create, change, end);
        buttons.setVisible(model.mayEdit());
        buttons.setManaged(model.mayEdit());
        grid.full(buttons);
        return new VBox(8, heading, grid);
    }

    private static Node settingsForm(FeeItemsViewModel model, UiContext ui) {
        Label heading = new Label(ui.text("feeSettings.title"));
        heading.getStyleClass().add(Styles.TITLE_4);
        CheckBox lateFee = new CheckBox(ui.text("feeSettings.lateFeeOn"));
        lateFee.setId("lateFeeOn");
        lateFee.selectedProperty().bindBidirectional(model.lateFeeOnProperty());
        lateFee.setDisable(!model.mayEdit());
        CheckBox principalFirst = new CheckBox(ui.text("feeSettings.principalFirst"));
        principalFirst.setId("principalFirst");
        principalFirst.selectedProperty().bindBidirectional(model.principalFirstProperty());
        principalFirst.setDisable(!model.mayEdit());
        Button save = button("saveFeeSettingsButton", ui.text("button.save"), model::saveSettings, model);
        save.setVisible(model.mayEdit());
        FormGrid grid = new FormGrid()
                .row(ui.text("feeSettings.dueDay"), field("dueDay", model.dueDayProperty(), model.mayEdit()))
                .row(ui.text("feeSettings.lateFee"), lateFee)
                .row(ui.text("feeSettings.lateFeeRate"), field("lateFeeRate", model.lateFeeRateProperty(), model.mayEdit()))
                .row(ui.text("feeSettings.graceDays"), field("graceDays", model.graceDaysProperty(), model.mayEdit()))
                .row(ui.text("feeSettings.cap"), field("lateFeeCap", model.capPercentProperty(), model.mayEdit()))
                .row(ui.text("feeSettings.order"), principalFirst)
                .row(ui.text("feeSettings.prepaymentMonths"), field("prepaymentMonths", model.prepaymentMonthsProperty(),
                        model.mayEdit()));
        grid.full(save);
        return new VBox(8, heading, grid);
    }

    private static TextField field(String id, StringProperty value, boolean editable) {
        TextField field = new TextField();
        field.setId(id);
        field.setEditable(editable);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static Button button(String id, String text, Runnable action, FeeItemsViewModel model) {
        Button button = new Button(text);
        button.setId(id);
        button.disableProperty().bind(model.busyProperty());
        button.setOnAction(event -> action.run());
        return button;
    }
}
