package org.sitedesk.renovation.ui;

import static org.sitedesk.renovation.ui.PermitActionsPane.button;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.stage.FileChooser;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.sitedesk.fees.PaymentMethod;
import org.sitedesk.renovation.Deduction;
import org.sitedesk.renovation.RenovationState;
import org.sitedesk.ui.FormFields;
import org.sitedesk.ui.FormGrid;
import org.sitedesk.ui.IsoDatePicker;
import org.sitedesk.ui.LocalizedConverter;
import org.sitedesk.ui.UiContext;

/**
 * 巡查与验收 beside the register: an inspection (a finding from the list or typed; a violation opens a
 * notice with its correction and deadline; a follow-up confirms the rectification), stop-work,
 * completion, the acceptance checklist line by line, and the deposit refund less itemised deductions.
 */
final class SiteChecksPane extends VBox {
    SiteChecksPane(PermitViewModel model, UiContext ui) {
        super(14);
        setId("siteChecks");
        Sections sections = new Sections();

        DatePicker on = IsoDatePicker.create();
        on.setId("inspectedOn");
        on.valueProperty().bindBidirectional(model.inspectedOnProperty());
        ComboBox<String> common = new ComboBox<>();
        common.setId("commonFinding");
        common.setPromptText(ui.text("renovation.commonFinding"));
        common.getItems().setAll(List.of(ui.text("renovation.finding.hours"), ui.text("renovation.finding.debris"),
                ui.text("renovation.finding.structure"), ui.text("renovation.finding.facade"), ui.text("renovation.finding.fire"),
                ui.text("renovation.finding.noPass"), ui.text("renovation.finding.fine")));
        common.valueProperty().addListener((observable, old, chosen) -> {
            if (chosen != null) {
                String typed = model.findingProperty().get();
                model.findingProperty().set(typed.isBlank() ? chosen : typed + "；" + chosen);
            }
        });
        CheckBox violation = new CheckBox(ui.text("renovation.violation"));
        violation.setId("inspectionViolation");
        violation.selectedProperty().bindBidirectional(model.violationProperty());
        CheckBox rectified = new CheckBox(ui.text("renovation.rectified"));
        rectified.setId("inspectionRectified");
        rectified.selectedProperty().bindBidirectional(model.rectifiedProperty());
        DatePicker deadline = IsoDatePicker.create();
        deadline.setId("noticeDeadline");
        deadline.valueProperty().bindBidirectional(model.deadlineProperty());
        TextField correction = FormFields.text("noticeCorrection", 18, model.correctionProperty());
        correction.setPromptText(ui.text("renovation.correctionPrompt"));
        FormGrid noticeGrid = new FormGrid().row(ui.text("renovation.notice.correction"), correction)
                .row(ui.text("renovation.notice.deadline"), deadline);
        noticeGrid.visibleProperty().bind(model.violationProperty());
        noticeGrid.managedProperty().bind(model.violationProperty());
        Button addPhotos = new Button(ui.text("renovation.addPhotos"));
        addPhotos.setId("addInspectionPhotos");
        addPhotos.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(ui.text("renovation.addPhotos"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ui.text("renovation.photoFiles"),
                    "*.jpg", "*.jpeg", "*.png", "*.pdf", "*.JPG", "*.JPEG", "*.PNG", "*.PDF"));
            List<java.io.File> chosen = chooser.showOpenMultipleDialog(getScene().getWindow());
            if (chosen != null) {
                chosen.forEach(file -> model.photos().add(file.toPath()));
            }
        });
        Label photoCount = new Label();
        photoCount.setId("inspectionPhotoCount");
        photoCount.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.photos().isEmpty() ? "" : ui.format("renovation.photosChosen", model.photos().size()), model.photos()));
        FormGrid inspection = new FormGrid()
                .row(ui.text("renovation.inspection.on"), on)
                .row(ui.text("renovation.inspection.findings"), new VBox(6, common,
                        FormFields.area("inspectionFindings", 2, model.findingProperty())))
                .row(ui.text("renovation.inspection.photos"), FormFields.row(addPhotos, photoCount))
                .row("", FormFields.row(violation, rectified));
        Button inspect = button("saveInspection", ui.text("renovation.saveInspection"), model, model::inspect);
        inspect.getStyleClass().add(Styles.ACCENT);
        VBox inspecting = sections.add(FormFields.heading(ui, "renovation.section.inspect"),
                () -> model.mayInspect() && underWay(model), inspection, noticeGrid, inspect);

        TextField stopReason = FormFields.text("stopReason", 18, model.reasonProperty());
        stopReason.setPromptText(ui.text("renovation.reasonPrompt"));
        Button stop = button("stopWork", ui.text("renovation.stopWork"), model, model::stopWork);
        stop.getStyleClass().add(Styles.DANGER);
        VBox stopping = sections.add(FormFields.heading(ui, "renovation.section.stopWork"),
                () -> model.mayApprove() && underWay(model), FormFields.row(stop, stopReason));

        Button completed = button("worksCompleted", ui.text("renovation.completed"), model, model::completed);
        VBox completing = sections.add(FormFields.heading(ui, "renovation.section.completed"),
                () -> model.mayRegister() && model.in(RenovationState.IN_PROGRESS), completed);

        VBox lines = new VBox(6);
        lines.setId("acceptanceLines");
        model.acceptance().addListener((ListChangeListener<PermitViewModel.AcceptanceRow>) change -> {
            lines.getChildren().setAll(model.acceptance().stream().map(row -> {
                CheckBox line = new CheckBox(row.item());
                line.selectedProperty().bindBidirectional(row.passed());
                return line;
            }).toList());
        });
        DatePicker failedDeadline = IsoDatePicker.create();
        failedDeadline.setId("acceptanceDeadline");
        failedDeadline.valueProperty().bindBidirectional(model.failedDeadlineProperty());
        Button accept = button("saveAcceptance", ui.text("renovation.accept"), model, model::accept);
        accept.getStyleClass().add(Styles.ACCENT);
        VBox accepting = sections.add(FormFields.heading(ui, "renovation.section.acceptance"),
                () -> model.mayInspect() && model.in(RenovationState.IN_PROGRESS, RenovationState.AWAITING_ACCEPTANCE),
                FormFields.muted(ui, "renovation.acceptanceHint"), lines,
                FormFields.row(new Label(ui.text("renovation.failedDeadline")), failedDeadline), accept);

        TextField deductionReason = FormFields.text("deductionReason", 12, model.deductionReasonProperty());
        deductionReason.setPromptText(ui.text("renovation.deductionReason"));
        TextField deductionAmount = FormFields.text("deductionAmount", 7, model.deductionAmountProperty());
        deductionAmount.setPromptText(ui.text("renovation.deductionAmount"));
        Button addDeduction = button("addDeduction", ui.text("renovation.addDeduction"), model, model::addDeduction);
        ListView<Deduction> deductions = new ListView<>(model.deductions());
        deductions.setId("deductions");
        deductions.setPrefHeight(90);
        deductions.setPlaceholder(new Label(ui.text("renovation.noDeductions")));
        deductions.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Deduction deduction, boolean empty) {
                super.updateItem(deduction, empty);
                setText(empty || deduction == null ? null : deduction.reason() + "  " + deduction.amount());
            }
        });
        ChoiceBox<PaymentMethod> method = new ChoiceBox<>();
        method.setId("refundMethod");
        method.getItems().setAll(PaymentMethod.values());
        method.setConverter(new LocalizedConverter<>(ui.messages()));
        method.valueProperty().bindBidirectional(model.refundMethodProperty());
        Button refund = button("refundDeposit", ui.text("renovation.refund"), model, model::refund);
        refund.getStyleClass().add(Styles.ACCENT);
        VBox refunding = sections.add(FormFields.heading(ui, "renovation.section.refund"),
                () -> model.mayApprove() && model.in(RenovationState.ACCEPTED),
                FormFields.row(deductionReason, deductionAmount, addDeduction), deductions, FormFields.row(method, refund));

        Button ledger = new Button(ui.text("renovation.printLedger"), new FontIcon(MaterialDesignP.PRINTER_OUTLINE));
        ledger.setId("printLedger");
        ledger.setOnAction(event -> model.printDepositLedger(getScene().getWindow()));
        VBox ledgerPrinting = sections.add(FormFields.heading(ui, "renovation.section.ledger"),
                () -> model.mayPrint() && model.detailsProperty().get() != null
                        && model.detailsProperty().get().renovation().deposit().isPresent(), ledger);

        Label none = FormFields.muted(ui, "renovation.nothingToDo");
        getChildren().addAll(inspecting, completing, accepting, ledgerPrinting, none);
        if (model.mayApprove()) {
            getChildren().add(1, stopping);
            getChildren().add(getChildren().indexOf(accepting) + 1, refunding);
        }
        Runnable update = () -> {
            sections.update();
            boolean anything = getChildren().stream().anyMatch(node -> node != none && node.isVisible());
            none.setVisible(!anything);
            none.setManaged(!anything);
        };
        model.detailsProperty().addListener((observable, old, shown) -> update.run());
        update.run();
    }

    private static boolean underWay(PermitViewModel model) {
        return model.in(RenovationState.IN_PROGRESS, RenovationState.RECTIFYING, RenovationState.AWAITING_ACCEPTANCE);
    }
}
