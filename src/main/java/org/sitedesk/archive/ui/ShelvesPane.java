package org.sitedesk.archive.ui;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.sitedesk.archive.Box;
import org.sitedesk.archive.Cabinet;
import org.sitedesk.ui.FormGrid;
import org.sitedesk.ui.NamedConverter;
import org.sitedesk.ui.Tables;
import org.sitedesk.ui.UiContext;

/** 档案柜与档案盒 tab: the boxes (several may be chosen for labels), a box's form and a cabinet's. */
final class ShelvesPane extends BorderPane {
    ShelvesPane(ShelvesViewModel model, UiContext ui) {
        TableView<Box> table = new TableView<>(model.boxes());
        table.setId("boxesTable");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getColumns().add(Tables.textColumn(ui.text("archiveScreen.boxCode"), 80, Box::code));
        table.getColumns().add(Tables.textColumn(ui.text("archiveScreen.cabinet"), 70, Box::cabinetCode));
        table.getColumns().add(Tables.textColumn(ui.text("archiveScreen.category"), 90, Box::category));
        table.getColumns().add(Tables.textColumn(ui.text("archiveScreen.rooms"), 180, Box::range));
        table.getColumns().add(Tables.textColumn(ui.text("archiveScreen.documents"), 60, box -> String.valueOf(box.documents())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.placeholder(table, ui.text("archiveScreen.noBoxes"));
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, box) -> {
            if (box != null) {
                model.edit(box);
            }
        });
        Button labels = new Button(ui.text("archiveScreen.printLabels"));
        labels.setId("printLabelsButton");
        labels.setOnAction(event -> model.printLabels(table.getSelectionModel().getSelectedItems(), getScene().getWindow()));
        Label message = new Label();
        message.setId("shelvesMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        FlowPane actions = new FlowPane(8, 8, labels, new Label(ui.text("archiveScreen.labelsHint")));
        actions.setAlignment(Pos.CENTER_LEFT);
        setTop(new VBox(8, actions, message));
        setCenter(table);
        if (model.mayEdit()) {
            setRight(forms(model, ui));
        }
    }

    private VBox forms(ShelvesViewModel model, UiContext ui) {
        ComboBox<Cabinet> cabinet = new ComboBox<>(model.cabinets());
        cabinet.setId("boxCabinet");
        cabinet.setConverter(NamedConverter.of(one -> one.code() + (one.place().isEmpty() ? "" : " " + one.place())));
        cabinet.valueProperty().bindBidirectional(model.boxCabinetProperty());
        Button saveBox = new Button(ui.text("button.save"));
        saveBox.setId("saveBoxButton");
        saveBox.getStyleClass().add(Styles.ACCENT);
        saveBox.setOnAction(event -> model.saveBox());
        FormGrid box = new FormGrid()
                .row(ui.text("archiveScreen.boxCode"), field("boxCode", 10, model.boxCodeProperty()))
                .row(ui.text("archiveScreen.cabinet"), cabinet)
                .row(ui.text("archiveScreen.category"), field("boxCategory", 10, model.categoryProperty()))
                .row(ui.text("archiveScreen.firstRoom"), field("boxFirstRoom", 10, model.firstRoomProperty()))
                .row(ui.text("archiveScreen.lastRoom"), field("boxLastRoom", 10, model.lastRoomProperty()))
                .full(saveBox);
        Button addCabinet = new Button(ui.text("archiveScreen.addCabinet"));
        addCabinet.setId("addCabinetButton");
        addCabinet.setOnAction(event -> model.addCabinet());
        FormGrid cabinetForm = new FormGrid()
                .row(ui.text("archiveScreen.cabinet"), field("cabinetCode", 10, model.cabinetCodeProperty()))
                .row(ui.text("archiveScreen.place"), field("cabinetPlace", 14, model.cabinetPlaceProperty()))
                .full(addCabinet);
        Label boxHeading = new Label(ui.text("archiveScreen.boxHeading"));
        boxHeading.getStyleClass().add(Styles.TITLE_4);
        Label cabinetHeading = new Label(ui.text("archiveScreen.cabinetHeading"));
        cabinetHeading.getStyleClass().add(Styles.TITLE_4);
        VBox forms = new VBox(8, boxHeading, box, cabinetHeading, cabinetForm);
        forms.setMinWidth(HBox.USE_PREF_SIZE);
        forms.getStyleClass().add("side-form");
        return forms;
    }

    private static TextField field(String id, int columns, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}
