package org.sitedesk.keys.ui;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import org.sitedesk.fees.PaymentMethod;
import org.sitedesk.ui.LocalizedConverter;
import org.sitedesk.ui.UiContext;

/** The buttons under a list of passes: 挂失 (with who reported it), 补办 (with the new card's number), 退证, 打印卡片. */
final class PassActions extends FlowPane {
    PassActions(PassActionsModel model, UiContext ui) {
        super(8, 8);
        setId("passActions");
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("page-actions");
        TextField reportedBy = new TextField();
        reportedBy.setId("lostReportedBy");
        reportedBy.setPromptText(ui.text("passes.reportedByPrompt"));
        reportedBy.setPrefColumnCount(8);
        reportedBy.textProperty().bindBidirectional(model.reportedByProperty());
        CardNumberField newNumber = new CardNumberField();
        newNumber.setId("reissueNumber");
        newNumber.setPromptText(ui.text("passes.newNumberPrompt"));
        newNumber.textProperty().bindBidirectional(model.newNumberProperty());
        ComboBox<PaymentMethod> method = new ComboBox<>();
        method.setId("passMethod");
        method.getItems().setAll(PaymentMethod.values());
        method.setConverter(new LocalizedConverter<>(ui.messages()));
        method.valueProperty().bindBidirectional(model.methodProperty());
        Button lost = button("passLostButton", ui.text("passes.lost"), Styles.DANGER, model, model::reportLost);
        Button reissue = button("passReissueButton", ui.text("passes.reissue"), null, model, model::reissue);
        Button giveBack = button("passReturnButton", ui.text("passes.return"), null, model, model::giveBack);
        Button print = button("printCardButton", ui.text("passes.printCard"), null, model,
                () -> model.printCard(getScene().getWindow()));
        getChildren().addAll(reportedBy, lost, new Label(" "), newNumber, reissue, new Label(ui.text("passes.method")), method,
                giveBack, print);
    }

    private static Button button(String id, String text, String style, PassActionsModel model, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        if (style != null) {
            button.getStyleClass().add(style);
        }
        button.disableProperty().bind(model.chosenProperty().isNull().or(model.busyProperty()));
        button.setOnAction(event -> action.run());
        return button;
    }
}
