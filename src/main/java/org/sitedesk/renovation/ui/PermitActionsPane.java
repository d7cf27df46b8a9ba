package org.sitedesk.renovation.ui;

import atlantafx.base.theme.Styles;
import java.io.File;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.sitedesk.renovation.ChecklistDocument;
import org.sitedesk.renovation.RenovationState;
import org.sitedesk.ui.FormFields;
import org.sitedesk.ui.FormGrid;
import org.sitedesk.ui.IsoDatePicker;
import org.sitedesk.ui.NamedConverter;
import org.sitedesk.ui.UiContext;

/**
 * 办理 beside the register, as far as the permit: review (approve, or reject with a reason), the
 * documents ticked or attached, the permit issued once paid and printed, extended, and workers added.
 * Only the parts that apply to the chosen permit's state and to the user are shown.
 */
final class PermitActionsPane extends VBox {
    PermitActionsPane(PermitViewModel model, UiContext ui) {
        super(14);
        setId("permitActions");
        Sections sections = new Sections();

        TextField reason = FormFields.text("reviewReason", 20, model.reasonProperty());
        reason.setPromptText(ui.text("renovation.reasonPrompt"));
        Button approve = button("approveRenovation", ui.text("renovation.approve"), model, model::approve);
        approve.getStyleClass().add(Styles.ACCENT);
        Button reject = button("rejectRenovation", ui.text("renovation.reject"), model, model::reject);
        reject.getStyleClass().add(Styles.DANGER);
        Button submit = button("submitRenovation", ui.text("renovation.submit"), model, model::submit);
        VBox review = sections.add(FormFields.heading(ui, "renovation.section.review"),
                () -> model.mayApprove() && model.in(RenovationState.SUBMITTED, RenovationState.APPLIED),
                FormFields.row(approve, reject, reason));
        VBox submitting = sections.add(FormFields.heading(ui, "renovation.section.submit"),
                () -> model.in(RenovationState.APPLIED), submit);

        ComboBox<ChecklistDocument> document = new ComboBox<>();
        document.setId("documentChoice");
        document.setPromptText(ui.text("renovation.chooseDocument"));
        document.setConverter(NamedConverter.of(ChecklistDocument::name));
        document.valueProperty().bindBidirectional(model.documentProperty());
        model.detailsProperty().addListener((observable, old, shown) -> {
            if (shown != null) {
                document.getItems().setAll(shown.checklist().stream().filter(ChecklistDocument::active).toList());
            }
        });
        TextField file = FormFields.text("attachFile", 18, model.attachFileProperty());
        file.setPromptText(ui.text("renovation.filePrompt"));
        Button browse = new Button(ui.text("renovation.browse"));
        browse.setId("browseFile");
        browse.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ui.text("renovation.scanFiles"),
                    "*.pdf", "*.jpg", "*.jpeg", "*.png", "*.PDF", "*.JPG", "*.JPEG", "*.PNG"));
            File chosen = chooser.showOpenDialog(getScene().getWindow());
            if (chosen != null) {
                model.attachFileProperty().set(chosen.getAbsolutePath());
            }
        });
        Button tick = button("tickDocument", ui.text("renovation.tick"), model, model::tick);
        Button attach = button("attachDocument", ui.text("renovation.attach"), model, model::attach);
        VBox documents = sections.add(FormFields.heading(ui, "renovation.section.documents"),
                () -> model.mayRegister() && model.in(RenovationState.APPLIED, RenovationState.SUBMITTED),
                FormFields.row(document, tick), FormFields.row(file, browse, attach),
                FormFields.muted(ui, "renovation.documentsHint"));

        Button issue = button("issuePermit", ui.text("renovation.issue"), model, model::issue);
        issue.getStyleClass().add(Styles.ACCENT);
        VBox issuing = sections.add(FormFields.heading(ui, "renovation.section.issue"),
                () -> model.mayRegister() && model.in(RenovationState.APPROVED), issue,
                FormFields.muted(ui, "renovation.issueHint"));

        Button print = new Button(ui.text("renovation.printPermit"), new FontIcon(MaterialDesignP.PRINTER_OUTLINE));
        print.setId("printPermit");
        print.setOnAction(event -> model.printPermit(getScene().getWindow()));
        Button stopNotice = new Button(ui.text("renovation.printStopWork"), new FontIcon(MaterialDesignP.PRINTER_OUTLINE));
        stopNotice.setId("printStopWork");
        stopNotice.setOnAction(event -> model.printStopWork(getScene().getWindow()));
        VBox printing = sections.add(FormFields.heading(ui, "renovation.section.print"),
                () -> model.mayPrint() && underWay(model), print);
        VBox stopPrinting = sections.add(FormFields.heading(ui, "renovation.section.print"),
                () -> model.mayPrint() && model.in(RenovationState.STOPPED), stopNotice);

        DatePicker extendTo = IsoDatePicker.create();
        extendTo.setId("extendTo");
        extendTo.valueProperty().bindBidirectional(model.extendToProperty());
        Button extend = button("extendPermit", ui.text("renovation.extend"), model, model::extend);
        VBox extending = sections.add(FormFields.heading(ui, "renovation.section.extend"),
                () -> model.mayRegister() && underWay(model), FormFields.row(new Label(ui.text("renovation.extendTo")), extendTo,
                        extend));

        FormGrid worker = new FormGrid()
                .row(ui.text("renovation.worker.name"), FormFields.row(FormFields.text("workerName", 8, model.workerNameProperty()),
                        new Label(ui.text("renovation.worker.trade")), FormFields.text("workerTrade", 6,
                                model.workerTradeProperty())))
                .row(ui.text("renovation.worker.idNumber"), FormFields.text("workerId", 18, model.workerIdProperty()))
                .row(ui.text("renovation.worker.phone"), FormFields.text("workerPhone", 11, model.workerPhoneProperty()))
                .row(ui.text("renovation.worker.certificate"), FormFields.text("workerCertificate", 14,
                        model.workerCertificateProperty()));
        Button add = button("addWorker", ui.text("renovation.addWorker"), model, model::addWorker);
        VBox workers = sections.add(FormFields.heading(ui, "renovation.section.addWorker"),
                () -> model.mayRegister() && underWay(model), worker, add, FormFields.muted(ui, "renovation.workerHint"));

        TextField cancelReason = FormFields.text("cancelReason", 18, model.reasonProperty());
        cancelReason.setPromptText(ui.text("renovation.reasonPrompt"));
        Button cancel = button("cancelRenovation", ui.text("renovation.cancel"), model, model::cancel);
        cancel.getStyleClass().add(Styles.DANGER);
        VBox cancelling = sections.add(FormFields.heading(ui, "renovation.section.cancel"),
                () -> model.mayApprove() && model.in(RenovationState.APPLIED, RenovationState.SUBMITTED, RenovationState.APPROVED,
                        RenovationState.IN_PROGRESS), FormFields.row(cancel, cancelReason), FormFields.muted(ui, "renovation.cancelHint"));

        Label none = FormFields.muted(ui, "renovation.nothingToDo");
        if (model.mayApprove()) {
            getChildren().add(review);
        }
        getChildren().addAll(submitting, documents, issuing, printing, stopPrinting, extending, workers, cancelling, none);
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

    static Button button(String id, String text, PermitViewModel model, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.disableProperty().bind(model.busyProperty());
        button.setOnAction(event -> action.run());
        return button;
    }
}
