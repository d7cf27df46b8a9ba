package org.sitedesk.archive.ui;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.sitedesk.archive.Checklist;
import org.sitedesk.archive.Confidentiality;
import org.sitedesk.archive.DocumentGroup;
import org.sitedesk.archive.DocumentType;
import org.sitedesk.core.i18n.Localizable;
import org.sitedesk.ui.FormGrid;
import org.sitedesk.ui.LocalizedConverter;
import org.sitedesk.ui.Tables;
import org.sitedesk.ui.UiContext;

/** 档案类型 tab: the list with each type's retention, default level and checklist, and the form that edits it. */
final class TypesPane extends BorderPane {
    TypesPane(TypesViewModel model, UiContext ui) {
        TableView<DocumentType> table = new TableView<>(model.types());
        table.setId("typesTable");
        table.getColumns().add(Tables.textColumn(ui.text("archiveScreen.typeName"), 140, DocumentType::name));
        table.getColumns().add(Tables.textColumn(ui.text("archiveScreen.group"), 80, type -> ui.messages().get(type.group())));
        table.getColumns().add(Tables.textColumn(ui.text("archive.column.retention"), 70, model::retentionOf));
        table.getColumns().add(Tables.textColumn(ui.text("archiveScreen.defaultLevel"), 70,
                type -> ui.messages().get(type.defaultLevel())));
        table.getColumns().add(Tables.textColumn(ui.text("archiveScreen.checklist"), 90, type -> ui.messages().get(type.checklist())));
        table.getColumns().add(Tables.textColumn(ui.text("archiveScreen.active"), 50,
                type -> ui.text(type.active() ? "value.yes" : "value.no")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, type) -> {
            if (type != null) {
                model.edit(type);
            }
        });
        Label message = new Label();
        message.setId("typesMessage");
        message.textProperty().bind(model.messageProperty());
        setTop(message);
        setCenter(table);
        if (model.mayEdit()) {
            setRight(form(model, ui));
        }
    }

    private VBox form(TypesViewModel model, UiContext ui) {
        TextField name = new TextField();
        name.setId("typeName");
        name.textProperty().bindBidirectional(model.nameProperty());
        TextField retention = new TextField();
        retention.setId("typeRetention");
        retention.setPrefColumnCount(4);
        retention.setPromptText(ui.text("archive.permanent"));
        retention.textProperty().bindBidirectional(model.retentionProperty());
        CheckBox active = new CheckBox(ui.text("archiveScreen.active"));
        active.setId("typeActive");
        active.selectedProperty().bindBidirectional(model.activeProperty());
        Button save = new Button(ui.text("button.save"));
        save.setId("saveTypeButton");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(event -> model.save());
        Button fresh = new Button(ui.text("archiveScreen.newType"));
        fresh.setId("newTypeButton");
        fresh.setOnAction(event -> model.startNew());
        FormGrid grid = new FormGrid()
                .row(ui.text("archiveScreen.typeName"), name)
                .row(ui.text("archiveScreen.group"), choice("typeGroup", DocumentGroup.values(), model.groupProperty(), ui))
                .row(ui.text("archiveScreen.retentionYears"), retention)
                .row(ui.text("archiveScreen.defaultLevel"), choice("typeLevel", Confidentiality.values(), model.levelProperty(), ui))
                .row(ui.text("archiveScreen.checklist"), choice("typeChecklist", Checklist.values(), model.checklistProperty(), ui))
                .full(active)
                .full(new HBox(8, save, fresh));
        VBox form = new VBox(8, grid);
        form.getStyleClass().add("side-form");
        return form;
    }

    private static <T extends Localizable> ComboBox<T> choice(String id, T[] values,
            javafx.beans.property.ObjectProperty<T> value, UiContext ui) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setConverter(new LocalizedConverter<>(ui.messages()));
        box.valueProperty().bindBidirectional(value);
        return box;
    }
}
