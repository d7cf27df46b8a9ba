package org.sitedesk.keys.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.sitedesk.ui.UiContext;

/** The household card's 出入证 tab: the unit's passes with lost, reissue, return and print, and 办证 beside them. */
public final class HouseholdPassesPane extends VBox {
    public HouseholdPassesPane(HouseholdPassesViewModel model, UiContext ui) {
        super(10);
        setId("householdPasses");
        Label message = new Label();
        message.setId("householdPassesMessage");
        message.getStyleClass().add("form-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        PassTable table = new PassTable("householdPassTable", model.passes(), model::deposits, ui);
        table.setPrefHeight(220);
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, pass) ->
                model.actions().chosenProperty().set(pass));
        VBox list = new VBox(8, table, new PassActions(model.actions(), ui), message);
        HBox.setHgrow(list, Priority.ALWAYS);
        getChildren().add(new HBox(12, list, new IssuePassForm(model.issuing(), ui)));
        model.load();
    }
}
