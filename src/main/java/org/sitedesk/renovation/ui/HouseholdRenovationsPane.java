package org.sitedesk.renovation.ui;

import javafx.scene.control.Button;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;
import org.sitedesk.renovation.Renovation;
import org.sitedesk.ui.FormFields;
import org.sitedesk.ui.Tables;
import org.sitedesk.ui.UiContext;

/** The household card's 装修 tab: the unit's renovations with their state and dates; one opened (button or double click) on the renovation page. */
public final class HouseholdRenovationsPane extends VBox {
    public HouseholdRenovationsPane(HouseholdRenovationsViewModel model, UiContext ui) {
        super(10);
        setId("householdRenovations");
        TableView<Renovation> table = new TableView<>(model.renovations());
        table.setId("householdRenovationTable");
        table.setPrefHeight(200);
        table.getColumns().add(Tables.textColumn(ui.text("renovation.column.number"), 120, Renovation::number));
        table.getColumns().add(Tables.textColumn(ui.text("renovation.column.state"), 80, shown -> ui.messages().get(shown.state())));
        table.getColumns().add(Tables.textColumn(ui.text("renovation.column.contractor"), 160, Renovation::contractor));
        table.getColumns().add(Tables.textColumn(ui.text("renovation.column.dates"), 180,
                shown -> shown.validFrom().orElse(shown.plannedFrom()) + " ~ " + shown.endDate()));
        table.getColumns().add(Tables.textColumn(ui.text("renovation.column.scope"), 200, Renovation::scopeNames));
        Tables.placeholder(table, ui.text("renovation.card.none"));
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, shown) -> model.chosenProperty().set(shown));
        table.setRowFactory(view -> {
            TableRow<Renovation> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    model.openChosen();
                }
            });
            return row;
        });
        Button open = new Button(ui.text("renovation.card.open"), new FontIcon(MaterialDesignO.OPEN_IN_APP));
        open.setId("openRenovation");
        open.disableProperty().bind(model.chosenProperty().isNull());
        open.setOnAction(event -> model.openChosen());
        getChildren().addAll(table, open, FormFields.message("householdRenovationsMessage", model.messageProperty()));
        model.load();
    }
}
