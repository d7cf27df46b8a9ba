package org.sitedesk.renovation.ui;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.sitedesk.renovation.ChecklistDocument;
import org.sitedesk.renovation.Prohibition;
import org.sitedesk.renovation.ScopeItem;
import org.sitedesk.ui.FormFields;
import org.sitedesk.ui.FormGrid;
import org.sitedesk.ui.NamedConverter;
import org.sitedesk.ui.Tables;
import org.sitedesk.ui.UiContext;

/** 装修设置 tab: fees, hours and the acceptance checklist; below them the scope items and their prohibitions. */
final class RenovationSettingsView extends ScrollPane {
    RenovationSettingsView(RenovationSettingsViewModel model, UiContext ui) {
        CheckBox managementPerArea = new CheckBox(ui.text("renovation.settings.perArea"));
        managementPerArea.setId("managementPerArea");
        managementPerArea.selectedProperty().bindBidirectional(model.managementPerAreaProperty());
        CheckBox debrisPerArea = new CheckBox(ui.text("renovation.settings.perArea"));
        debrisPerArea.setId("debrisPerArea");
        debrisPerArea.selectedProperty().bindBidirectional(model.debrisPerAreaProperty());
        CheckBox restDays = new CheckBox(ui.text("renovation.settings.restDays"));
        restDays.setId("restDays");
        restDays.selectedProperty().bindBidirectional(model.restDaysProperty());
        Button save = new Button(ui.text("renovation.settings.save"));
        save.setId("saveRenovationSettings");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(event -> model.save());
        javafx.scene.control.TextField deposit = FormFields.text("settingsDeposit", 8, model.depositProperty());
        deposit.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        FormGrid fees = new FormGrid()
                .row(ui.text("renovation.settings.deposit"), deposit)
                .row(ui.text("renovation.settings.management"), FormFields.row(FormFields.text("settingsManagement", 8,
                        model.managementProperty()), managementPerArea))
                .row(ui.text("renovation.settings.debris"), FormFields.row(FormFields.text("settingsDebris", 8,
                        model.debrisProperty()), debrisPerArea))
                .row(ui.text("renovation.settings.hours"), FormFields.row(FormFields.text("settingsHours", 18,
                        model.hoursProperty()), restDays))
                .row(ui.text("renovation.settings.checklist"), FormFields.area("settingsChecklist", 7, model.checklistProperty()));

        TableView<ScopeItem> items = new TableView<>(model.items());
        items.setId("scopeItems");
        items.setPrefHeight(260);
        items.getColumns().add(Tables.textColumn(ui.text("renovation.settings.name"), 120, ScopeItem::name));
        items.getColumns().add(Tables.textColumn(ui.text("renovation.settings.prohibition"), 260,
                item -> item.prohibition().map(ui.messages()::get).orElse("")));
        items.getColumns().add(Tables.textColumn(ui.text("renovation.settings.document"), 120,
                item -> item.requiredDocument().flatMap(code -> model.documents().stream()
                        .filter(document -> document.code().equals(code)).findFirst().map(ChecklistDocument::name)).orElse("")));
        items.getColumns().add(Tables.textColumn(ui.text("renovation.settings.active"), 60,
                item -> ui.text(item.active() ? "renovation.yes" : "renovation.no")));
        Tables.placeholder(items, ui.text("table.empty"));
        items.getSelectionModel().selectedItemProperty().addListener((observable, old, item) -> model.edit(item));
        ComboBox<Prohibition> prohibition = new ComboBox<>();
        prohibition.setId("itemProhibition");
        prohibition.getItems().add(null);
        prohibition.getItems().addAll(Prohibition.values());
        prohibition.setConverter(NamedConverter.of(ui.messages()::get));
        prohibition.setPromptText(ui.text("renovation.settings.noProhibition"));
        prohibition.valueProperty().bindBidirectional(model.itemProhibitionProperty());
        ComboBox<ChecklistDocument> document = new ComboBox<>(model.documents());
        document.setId("itemDocument");
        document.setConverter(NamedConverter.of(ChecklistDocument::name));
        document.setPromptText(ui.text("renovation.settings.noDocument"));
        document.valueProperty().bindBidirectional(model.itemDocumentProperty());
        CheckBox active = new CheckBox(ui.text("renovation.settings.active"));
        active.setId("itemActive");
        active.selectedProperty().bindBidirectional(model.itemActiveProperty());
        Button saveItem = new Button(ui.text("renovation.settings.saveItem"));
        saveItem.setId("saveScopeItem");
        saveItem.disableProperty().bind(model.busyProperty());
        saveItem.setOnAction(event -> model.saveItem());
        FormGrid item = new FormGrid()
                .row(ui.text("renovation.settings.code"), FormFields.row(FormFields.text("itemCode", 12, model.itemCodeProperty()),
                        FormFields.text("itemName", 10, model.itemNameProperty()), active))
                .row(ui.text("renovation.settings.prohibition"), FormFields.row(prohibition, document))
                .full(saveItem);

        VBox content = new VBox(14, FormFields.heading(ui, "renovation.settings.fees"), fees, save,
                FormFields.message("settingsMessage", model.messageProperty()),
                FormFields.heading(ui, "renovation.settings.items"), items, item);
        content.setPadding(new Insets(16));
        content.setMaxWidth(900);
        setContent(content);
        setFitToWidth(true);
        model.open();
    }
}
