package org.sitedesk.keys.ui;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.control.Label;
import org.sitedesk.fees.PaymentMethod;
import org.sitedesk.keys.PassType;
import org.sitedesk.ui.IsoDatePicker;
import org.sitedesk.ui.LocalizedConverter;
import org.sitedesk.ui.NamedConverter;
import org.sitedesk.ui.UiContext;

/**
 * 办证: the form beside a list of passes. The number field takes a USB card reader's Enter as "read"
 * and moves on to the holder, so a card can be swiped in the middle of filling the form.
 */
final class IssuePassForm extends VBox {
    IssuePassForm(IssuePassModel model, UiContext ui) {
        super(8);
        setId("issuePassForm");
        getStyleClass().add("side-form");
        // two fields a row, so the form fits under a list on the household card
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        java.util.List<javafx.scene.Node> fields = new java.util.ArrayList<>();
        if (model.needsRoom()) {
            TextField room = new TextField();
            room.setId("issueRoom");
            room.setPromptText("3-2-1502");
            room.textProperty().bindBidirectional(model.roomProperty());
            fields.add(new Label(ui.text("passes.column.room")));
            fields.add(room);
        }
        ComboBox<PassType> type = new ComboBox<>(model.types());
        type.setId("issueType");
        type.setConverter(NamedConverter.of(PassType::name));
        type.valueProperty().bindBidirectional(model.typeProperty());
        ComboBox<String> holder = new ComboBox<>(model.holders());
        holder.setId("issueHolder");
        holder.setEditable(true);
        holder.valueProperty().bindBidirectional(model.holderProperty());
        CardNumberField number = new CardNumberField();
        number.setId("issueNumber");
        number.setPromptText(ui.text("passes.numberPrompt"));
        number.textProperty().bindBidirectional(model.numberProperty());
        number.setOnRead(holder::requestFocus);
        DatePicker until = IsoDatePicker.create();
        until.setId("issueUntil");
        until.valueProperty().bindBidirectional(model.untilProperty());
        TextField deposit = new TextField();
        deposit.setId("issueDeposit");
        deposit.setPrefColumnCount(6);
        deposit.textProperty().bindBidirectional(model.depositProperty());
        ComboBox<PaymentMethod> method = new ComboBox<>();
        method.setId("issueMethod");
        method.getItems().setAll(PaymentMethod.values());
        method.setConverter(new LocalizedConverter<>(ui.messages()));
        method.valueProperty().bindBidirectional(model.methodProperty());
        for (javafx.scene.Node node : java.util.List.<javafx.scene.Node>of(new Label(ui.text("passes.column.type")), type,
                new Label(ui.text("passes.column.number")), number, new Label(ui.text("passes.column.holder")), holder,
                new Label(ui.text("passes.column.validUntil")), until, new Label(ui.text("passes.column.deposit")), deposit,
                new Label(ui.text("passes.method")), method)) {
            fields.add(node);
        }
        for (int i = 0; i < fields.size(); i++) {
            javafx.scene.Node node = fields.get(i);
            if (node instanceof Label label) {
                label.setMinWidth(Region.USE_PREF_SIZE);
            }
            form.add(node, i % 4, i / 4);
        }
        Button issue = new Button(ui.text("passes.issue"));
        issue.setId("issuePassButton");
        issue.getStyleClass().add(Styles.ACCENT);
        issue.disableProperty().bind(model.busyProperty());
        issue.setOnAction(event -> model.issue());
        getChildren().addAll(new Label(ui.text("passes.issueTitle")), form, issue);
    }
}
