package org.sitedesk.keys.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.sitedesk.ui.UiContext;

/** The household card's 出入证 tab: the unit's passes with lost, reissue, return and print, and 办证 under them. */
public final class HouseholdPassesPane extends VBox {
    public HouseholdPassesPane(HouseholdPassesViewModel model, UiContext ui) {
        super(10);
        setId("householdPasses");
        Label message = new Label();
        message.setId("householdPassesMessage");
        message.getStyleClass().add("form-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        PassTable table = new PassTable("householdPassTable", model.passes(), model::deposits, ui, false);
        table.setPrefHeight(170);
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, pass) ->
                model.actions().chosenProperty().set(pass));
        getChildren().addAll(table, new PassActions(model.actions(), ui), message, new IssuePassForm(model.issuing(), ui));
        model.load();
    }
}
