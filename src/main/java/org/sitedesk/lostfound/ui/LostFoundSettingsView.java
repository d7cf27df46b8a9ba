package org.sitedesk.lostfound.ui;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.sitedesk.lostfound.ItemCategory;
import org.sitedesk.ui.FormFields;
import org.sitedesk.ui.FormGrid;
import org.sitedesk.ui.Tables;
import org.sitedesk.ui.UiContext;

/** 失物招领设置 tab, for supervisors: the two periods, and the categories with their form. */
public final class LostFoundSettingsView extends BorderPane {
    public LostFoundSettingsView(LostFoundSettingsViewModel model, UiContext ui) {
        setPadding(new Insets(12, 0, 0, 0));

        Button saveDays = new Button(ui.text("button.save"));
        saveDays.setId("saveLostDays");
        saveDays.disableProperty().bind(model.busyProperty());
        saveDays.setOnAction(event -> model.saveSettings());
        FormGrid days = new FormGrid()
                .row(ui.text("lostFound.settings.policeDays"), new HBox(FormFields.text("policeDays", 4,
                        model.policeDaysProperty())))
                .row(ui.text("lostFound.settings.perishableDays"), new HBox(FormFields.text("perishableDays", 4,
                        model.perishableDaysProperty())))
                .full(centred(new HBox(12, saveDays, FormFields.muted(ui, "lostFound.settings.daysHint"))));

        TableView<ItemCategory> table = new TableView<>(model.categories());
        table.setId("lostCategories");
        table.getColumns().add(Tables.textColumn(ui.text("lostFound.settings.code"), 130, ItemCategory::code));
        table.getColumns().add(Tables.textColumn(ui.text("lostFound.settings.name"), 120, ItemCategory::name));
        table.getColumns().add(Tables.textColumn(ui.text("lostFound.settings.order"), 60,
                category -> Integer.toString(category.sortOrder())));
        table.getColumns().add(Tables.textColumn(ui.text("lostFound.settings.toPolice"), 90,
                category -> ui.text(category.toPolice() ? "value.yes" : "value.no")));
        table.getColumns().add(Tables.textColumn(ui.text("lostFound.settings.active"), 70,
                category -> ui.text(category.active() ? "value.yes" : "value.no")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(330);
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, category) ->
                model.selectedProperty().set(category));
        CheckBox toPolice = new CheckBox(ui.text("lostFound.settings.toPolice"));
        toPolice.setId("categoryToPolice");
        toPolice.selectedProperty().bindBidirectional(model.toPoliceProperty());
        CheckBox active = new CheckBox(ui.text("lostFound.settings.active"));
        active.setId("categoryActive");
        active.selectedProperty().bindBidirectional(model.activeProperty());
        Button add = new Button(ui.text("lostFound.settings.newCategory"));
        add.setId("newLostCategory");
        add.setOnAction(event -> {
            table.getSelectionModel().clearSelection();
            model.newCategory();
        });
        Button save = new Button(ui.text("lostFound.settings.saveCategory"));
        save.setId("saveLostCategory");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(event -> model.saveCategory());
        HBox flags = new HBox(12, toPolice, active);
        HBox buttons = centred(new HBox(8, add, save));
        FormGrid category = new FormGrid()
                .row(ui.text("lostFound.settings.code"), FormFields.text("categoryCode", 12, model.codeProperty()))
                .row(ui.text("lostFound.settings.name"), FormFields.text("categoryName", 12, model.nameProperty()))
                .row(ui.text("lostFound.settings.order"), FormFields.text("categoryOrder", 4, model.orderProperty()))
                .full(flags)
                .full(buttons);
        Label categoriesTitle = new Label(ui.text("lostFound.settings.categories"));
        categoriesTitle.getStyleClass().add(Styles.TITLE_4);
        setTop(FormFields.message("lostSettingsMessage", model.messageProperty()));
        setCenter(new VBox(14, days, categoriesTitle, new HBox(18, table, category)));
        model.load();
    }

    private static HBox centred(HBox box) {
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
