package org.sitedesk.keys.ui;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.sitedesk.fees.PaymentMethod;
import org.sitedesk.keys.PassType;
import org.sitedesk.ui.FormGrid;
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
        FormGrid form = new FormGrid();
        if (model.needsRoom()) {
            TextField room = new TextField();
            room.setId("issueRoom");
            room.setPromptText("3-2-1502");
            room.textProperty().bindBidirectional(model.roomProperty());
            form.row(ui.text("passes.column.room"), room);
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
        form.row(ui.text("passes.column.type"), type).row(ui.text("passes.column.number"), number)
                .row(ui.text("passes.column.holder"), holder).row(ui.text("passes.column.validUntil"), until)
                .row(ui.text("passes.column.deposit"), deposit).row(ui.text("passes.method"), method);
        Button issue = new Button(ui.text("passes.issue"));
        issue.setId("issuePassButton");
        issue.getStyleClass().add(Styles.ACCENT);
        issue.disableProperty().bind(model.busyProperty());
        issue.setOnAction(event -> model.issue());
        getChildren().addAll(new javafx.scene.control.Label(ui.text("passes.issueTitle")), form, issue);
    }
}
