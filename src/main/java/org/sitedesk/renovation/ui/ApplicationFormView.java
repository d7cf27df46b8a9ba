package org.sitedesk.renovation.ui;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.sitedesk.renovation.ApplicantKind;
import org.sitedesk.renovation.ChecklistDocument;
import org.sitedesk.renovation.DocumentNeed;
import org.sitedesk.renovation.ScopeItem;
import org.sitedesk.ui.FormFields;
import org.sitedesk.ui.FormGrid;
import org.sitedesk.ui.IsoDatePicker;
import org.sitedesk.ui.LocalizedConverter;
import org.sitedesk.ui.UiContext;

/** 新申请 tab: the application form, scope items ticked with their prohibitions marked, and the documents seen. */
final class ApplicationFormView extends ScrollPane {
    private final TextField room;

    ApplicationFormView(ApplicationFormViewModel model, UiContext ui) {
        room = FormFields.text("applyRoom", 10, model.roomProperty());
        room.setPromptText("3-2-1502");
        room.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        room.focusedProperty().addListener((observable, was, now) -> {
            if (!now) {
                model.roomEntered();
            }
        });
        ChoiceBox<ApplicantKind> kind = new ChoiceBox<>();
        kind.setId("applyKind");
        kind.getItems().setAll(ApplicantKind.values());
        kind.setConverter(new LocalizedConverter<>(ui.messages()));
        kind.valueProperty().bindBidirectional(model.kindProperty());
        DatePicker from = IsoDatePicker.create();
        from.setId("applyFrom");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = IsoDatePicker.create();
        to.setId("applyTo");
        to.valueProperty().bindBidirectional(model.toProperty());
        FlowPane scope = new FlowPane(12, 8);
        scope.setId("applyScope");
        model.scope().addListener((ListChangeListener<ApplicationFormViewModel.Choice<ScopeItem>>) change ->
                scope.getChildren().setAll(model.scope().stream().map(choice -> {
                    ScopeItem item = choice.value();
                    CheckBox box = new CheckBox(item.prohibition().isPresent() ? item.name() + " ⚠" : item.name());
                    box.setId("scope-" + item.code());
                    item.prohibition().ifPresent(prohibition -> {
                        box.getStyleClass().add("renovation-prohibited");
                        box.setTooltip(new javafx.scene.control.Tooltip(ui.format("renovation.scopeProhibited", item.name(),
                                ui.messages().get(prohibition), item.requiredDocument().map(model::documentName).orElse(""))));
                    });
                    box.selectedProperty().bindBidirectional(choice.chosen());
                    return box;
                }).toList()));
        FlowPane documents = new FlowPane(12, 8);
        documents.setId("applyDocuments");
        model.documents().addListener((ListChangeListener<ApplicationFormViewModel.Choice<ChecklistDocument>>) change ->
                documents.getChildren().setAll(model.documents().stream().map(choice -> {
                    ChecklistDocument document = choice.value();
                    CheckBox box = new CheckBox(document.name() + "（" + ui.messages().get(document.need()) + "）");
                    box.setId("document-" + document.code());
                    if (document.need() == DocumentNeed.TENANT) {
                        box.disableProperty().bind(model.kindProperty().isNotEqualTo(ApplicantKind.TENANT));
                    }
                    box.selectedProperty().bindBidirectional(choice.chosen());
                    return box;
                }).toList()));
        CheckBox submit = new CheckBox(ui.text("renovation.form.submit"));
        submit.setId("applySubmit");
        submit.selectedProperty().bindBidirectional(model.submitProperty());
        Button save = new Button(ui.text("renovation.form.save"));
        save.setId("saveApplication");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(true);
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(event -> model.save());
        FormGrid grid = new FormGrid()
                .row(ui.text("renovation.form.room"), room)
                .row(ui.text("renovation.field.applicant"), FormFields.row(FormFields.text("applyApplicant", 10,
                        model.applicantProperty()), kind, new Label(ui.text("renovation.form.phone")),
                        FormFields.text("applyPhone", 11, model.phoneProperty())))
                .row(ui.text("renovation.field.contractor"), FormFields.text("applyContractor", 24, model.contractorProperty()))
                .row(ui.text("renovation.form.licence"), FormFields.row(FormFields.text("applyLicence", 14, model.licenceProperty()),
                        new Label(ui.text("renovation.form.contact")), FormFields.text("applyContact", 12,
                                model.contactProperty())))
                .row(ui.text("renovation.field.planned"), FormFields.row(from, new Label("~"), to))
                .row(ui.text("renovation.field.scope"), new VBox(6, scope, FormFields.muted(ui, "renovation.form.scopeHint")))
                .row(ui.text("renovation.field.documents"), new VBox(6, documents,
                        FormFields.muted(ui, "renovation.form.documentsHint")))
                .row("", submit);
        VBox content = new VBox(14, grid, FormFields.row(save), FormFields.message("applyMessage", model.messageProperty()),
                FormFields.muted(ui, "renovation.form.noContractors"));
        content.setPadding(new Insets(16));
        content.setMaxWidth(860);
        setContent(content);
        setFitToWidth(true);
    }

    void focus() {
        room.requestFocus();
    }
}
