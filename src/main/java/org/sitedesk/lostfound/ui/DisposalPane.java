package org.sitedesk.lostfound.ui;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.sitedesk.lostfound.DisposalWay;
import org.sitedesk.ui.FormFields;
import org.sitedesk.ui.FormGrid;
import org.sitedesk.ui.LocalizedConverter;
import org.sitedesk.ui.UiContext;

/** 处置 form, for supervisors: when the chosen item's period ends, how it goes and a note. */
final class DisposalPane extends VBox {
    DisposalPane(DisposalViewModel model, UiContext ui) {
        super(8);
        Label period = new Label();
        period.setId("disposalPeriod");
        period.setWrapText(true);
        period.textProperty().bind(model.periodProperty());
        ChoiceBox<DisposalWay> way = new ChoiceBox<>();
        way.setId("disposalWay");
        way.getItems().setAll(DisposalWay.values());
        way.setConverter(new LocalizedConverter<>(ui.messages()));
        way.valueProperty().bindBidirectional(model.wayProperty());
        Button save = new Button(ui.text("lostFound.disposal.save"));
        save.setId("saveDisposal");
        save.getStyleClass().add(Styles.DANGER);
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(event -> model.save());
        FormGrid grid = new FormGrid()
                .row(ui.text("lostFound.disposal.way"), way)
                .row(ui.text("lostFound.disposal.note"), FormFields.text("disposalNote", 24, model.noteProperty()));
        getChildren().addAll(period, grid, save, FormFields.muted(ui, "lostFound.disposal.hint"),
                FormFields.message("disposalMessage", model.messageProperty()));
    }
}
