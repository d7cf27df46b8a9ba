package org.sitedesk.lostfound.ui;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.sitedesk.estate.IdType;
import org.sitedesk.lostfound.LostReport;
import org.sitedesk.ui.FormFields;
import org.sitedesk.ui.FormGrid;
import org.sitedesk.ui.LocalizedConverter;
import org.sitedesk.ui.NamedConverter;
import org.sitedesk.ui.UiContext;

/** 认领 form beside the register: the claimant, their document, the proof checked against the private part. */
final class ClaimPane extends VBox {
    ClaimPane(ClaimViewModel model, UiContext ui) {
        super(8);
        Label check = new Label();
        check.setId("claimCheck");
        check.setWrapText(true);
        check.getStyleClass().add(Styles.TEXT_MUTED);
        check.textProperty().bind(model.checkProperty());
        ChoiceBox<IdType> idType = new ChoiceBox<>();
        idType.setId("claimIdType");
        idType.getItems().setAll(IdType.values());
        idType.setConverter(new LocalizedConverter<>(ui.messages()));
        idType.valueProperty().bindBidirectional(model.idTypeProperty());
        ComboBox<LostReport> report = new ComboBox<>(model.reports());
        report.setId("claimReport");
        report.setPromptText(ui.text("lostFound.claim.noReport"));
        report.setConverter(NamedConverter.of(shown -> shown.number() + " " + shown.reporter()));
        report.valueProperty().bindBidirectional(model.reportProperty());
        Button save = new Button(ui.text("lostFound.claim.save"));
        save.setId("saveClaim");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(model.busyProperty().or(model.itemProperty().isNull()));
        save.setOnAction(event -> model.save(getScene().getWindow()));
        // paired rows, so the whole form and its button fit beside the register on a 760-pixel screen
        FormGrid grid = new FormGrid()
                .row(ui.text("print.claim.claimant"), pair(FormFields.text("claimant", 8, model.claimantProperty()),
                        new Label(ui.text("print.claim.phone")), FormFields.text("claimPhone", 11, model.phoneProperty())))
                .row(ui.text("print.claim.idDocument"), pair(idType,
                        FormFields.text("claimIdNumber", 16, model.idNumberProperty())))
                .row(ui.text("print.claim.proof"), FormFields.area("claimProof", 2, model.proofProperty()))
                .row(ui.text("print.claim.returned"), FormFields.text("claimReturned", 24, model.returnedProperty()))
                .row(ui.text("lostFound.claim.cost"), FormFields.text("claimCost", 24, model.costProperty()))
                .row(ui.text("lostFound.claim.report"), report);
        getChildren().addAll(check, grid, save, FormFields.muted(ui, "lostFound.claim.costHint"),
                FormFields.message("claimMessage", model.messageProperty()));
    }

    private static HBox pair(Node... nodes) {
        for (Node node : nodes) {
            if (node instanceof Label label) {
                label.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        HBox row = new HBox(8, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
