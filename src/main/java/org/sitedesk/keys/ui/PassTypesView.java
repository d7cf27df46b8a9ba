package org.sitedesk.keys.ui;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.sitedesk.keys.PassType;
import org.sitedesk.ui.FormGrid;
import org.sitedesk.ui.Tables;
import org.sitedesk.ui.UiContext;

/** 证件类型 screen: the list on the left, the chosen type's validity, deposit and reissue fee on the right. */
public final class PassTypesView extends BorderPane {
    public PassTypesView(PassTypesViewModel model, UiContext ui) {
        getStyleClass().add("page");
        Label title = new Label(ui.text("nav.passTypes"));
        title.getStyleClass().addAll(Styles.TITLE_3, "page-title");
        Label message = new Label();
        message.setId("passTypesMessage");
        message.getStyleClass().add("form-message");
        message.textProperty().bind(model.messageProperty());
        setTop(new VBox(10, title, new Label(ui.text("passTypes.hint")), message));
        TableView<PassType> table = new TableView<>(model.types());
        table.setId("passTypesTable");
        table.getColumns().add(Tables.textColumn(ui.text("passTypes.code"), 110, PassType::code));
        table.getColumns().add(Tables.textColumn(ui.text("passTypes.name"), 100, PassType::name));
        table.getColumns().add(Tables.textColumn(ui.text("passTypes.days"), 80, type -> Integer.toString(type.validityDays())));
        table.getColumns().add(Tables.textColumn(ui.text("passTypes.deposit"), 80, type -> type.deposit().toString()));
        table.getColumns().add(Tables.textColumn(ui.text("passTypes.fee"), 80, type -> type.reissueFee().toString()));
        table.getColumns().add(Tables.textColumn(ui.text("passTypes.active"), 60,
                type -> ui.text(type.active() ? "passTypes.inUse" : "passTypes.retired")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, type) -> model.choose(type));
        setCenter(table);
        FormGrid form = new FormGrid()
                .row(ui.text("passTypes.code"), field("passTypeCode", model.codeProperty()))
                .row(ui.text("passTypes.name"), field("passTypeName", model.nameProperty()))
                .row(ui.text("passTypes.days"), field("passTypeDays", model.daysProperty()))
                .row(ui.text("passTypes.deposit"), field("passTypeDeposit", model.depositProperty()))
                .row(ui.text("passTypes.fee"), field("passTypeFee", model.feeProperty()));
        CheckBox active = new CheckBox(ui.text("passTypes.inUse"));
        active.setId("passTypeActive");
        active.selectedProperty().bindBidirectional(model.activeProperty());
        Button save = new Button(ui.text("button.save"));
        save.setId("savePassType");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(event -> model.save());
        VBox side = new VBox(10, form, active, save);
        side.getStyleClass().add("side-form");
        side.setDisable(!model.mayEdit());
        setRight(side);
        model.load();
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(10);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}
