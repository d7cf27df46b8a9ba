package org.sitedesk.estate.ui;

import atlantafx.base.theme.Styles;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.sitedesk.estate.HouseholdCard;
import org.sitedesk.estate.Transfer;
import org.sitedesk.ui.Tables;
import org.sitedesk.ui.UiContext;

/** 历史: ownership transfers, and everyone who has left the household with their dates. */
final class HouseholdHistory extends VBox {
    private final TableView<Transfer> transfers = new TableView<>();

    HouseholdHistory(UiContext ui, PeopleTable past) {
        super(10);
        transfers.setId("transfersTable");
        transfers.getColumns().add(Tables.textColumn(ui.text("transfer.date"), 100, transfer -> transfer.on().toString()));
        transfers.getColumns().add(Tables.textColumn(ui.text("transfer.previous"), 150, Transfer::previousOwners));
        transfers.getColumns().add(Tables.textColumn(ui.text("transfer.next"), 150, Transfer::newOwners));
        transfers.getColumns().add(Tables.textColumn(ui.text("transfer.documents"), 260, transfer -> transfer.documents()
                .stream().map(ui.messages()::get).collect(Collectors.joining("、"))));
        transfers.getColumns().add(Tables.textColumn(ui.text("transfer.recordedBy"), 100, Transfer::recordedBy));
        transfers.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        transfers.setPrefHeight(150);
        Tables.placeholder(transfers, ui.text("table.empty"));
        Label transfersTitle = new Label(ui.text("card.history.transfers"));
        transfersTitle.getStyleClass().add(Styles.TITLE_4);
        Label pastTitle = new Label(ui.text("card.history.people"));
        pastTitle.getStyleClass().add(Styles.TITLE_4);
        getChildren().addAll(transfersTitle, transfers, pastTitle, past);
    }

    void show(HouseholdCard card) {
        transfers.getItems().setAll(card.transfers());
    }
}
