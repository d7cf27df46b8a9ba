package org.sitedesk.renovation.ui;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.sitedesk.renovation.Renovation;
import org.sitedesk.renovation.RenovationState;
import org.sitedesk.ui.FormFields;
import org.sitedesk.ui.NamedConverter;
import org.sitedesk.ui.Tables;
import org.sitedesk.ui.UiContext;

/**
 * 装修申请 tab: the applications by state and found by room, number or contractor; beside them the
 * chosen permit (its details, 办理, 巡查与验收) with one line saying what was done or refused.
 */
final class RenovationsView extends BorderPane {
    RenovationsView(RenovationsViewModel model, UiContext ui, Runnable newApplication) {
        setPadding(new Insets(12, 0, 0, 0));
        ComboBox<RenovationState> state = new ComboBox<>();
        state.setId("renovationState");
        state.getItems().add(null);
        state.getItems().addAll(model.states());
        state.setConverter(NamedConverter.of(ui.messages()::get));
        state.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(RenovationState item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? ui.text("renovation.allStates") : ui.messages().get(item));
            }
        });
        state.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(RenovationState item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? ui.text("renovation.allStates") : ui.messages().get(item));
            }
        });
        state.valueProperty().bindBidirectional(model.stateProperty());
        state.valueProperty().addListener((observable, old, chosen) -> model.search());
        TextField query = FormFields.text("renovationQuery", 16, model.queryProperty());
        query.setPromptText(ui.text("renovation.queryPrompt"));
        query.setOnAction(event -> model.search());
        Button search = new Button(ui.text("button.search"));
        search.setId("renovationSearch");
        search.setOnAction(event -> model.search());
        Button add = new Button(ui.text("renovation.new"), new FontIcon(MaterialDesignF.FILE_DOCUMENT_EDIT_OUTLINE));
        add.setId("newRenovation");
        add.setOnAction(event -> newApplication.run());
        setTop(new VBox(8, FormFields.row(state, query, search, add), FormFields.message("renovationMessage",
                model.messageProperty())));

        SplitPane split = new SplitPane(table(model, ui), side(model, ui));
        split.setDividerPositions(0.42);
        setCenter(split);
    }

    private static TableView<Renovation> table(RenovationsViewModel model, UiContext ui) {
        TableView<Renovation> table = new TableView<>(model.items());
        table.setId("renovationTable");
        table.getColumns().add(Tables.textColumn(ui.text("renovation.column.number"), 110, Renovation::number));
        table.getColumns().add(Tables.textColumn(ui.text("renovation.column.room"), 80, Renovation::room));
        table.getColumns().add(Tables.textColumn(ui.text("renovation.column.state"), 80, shown -> ui.messages().get(shown.state())));
        table.getColumns().add(Tables.textColumn(ui.text("renovation.column.contractor"), 130, Renovation::contractor));
        table.getColumns().add(Tables.textColumn(ui.text("renovation.column.dates"), 170,
                shown -> shown.validFrom().orElse(shown.plannedFrom()) + " ~ " + shown.endDate()));
        table.getColumns().add(Tables.textColumn(ui.text("renovation.column.scope"), 160, Renovation::scopeNames));
        Tables.placeholder(table, ui.text("table.empty"));
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, item) -> {
            if (item != null) {
                model.selectedProperty().set(item);
            }
        });
        model.selectedProperty().addListener((observable, old, item) -> {
            if (item != null && table.getSelectionModel().getSelectedItem() != item) {
                table.getSelectionModel().select(item);
                table.scrollTo(item);
            }
        });
        return table;
    }

    private static Node side(RenovationsViewModel model, UiContext ui) {
        PermitViewModel permit = model.permit();
        TabPane tabs = new TabPane(tab("renovation.tab.details", new PermitDetailsPane(permit, ui), ui),
                tab("renovation.tab.actions", new PermitActionsPane(permit, ui), ui),
                tab("renovation.tab.checks", new SiteChecksPane(permit, ui), ui));
        tabs.setId("permitTabs");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        Label message = FormFields.message("permitMessage", permit.messageProperty());
        message.managedProperty().bind(permit.messageProperty().isNotEmpty());
        VBox side = new VBox(6, message, tabs);
        side.setPadding(new Insets(0, 0, 0, 8));
        return side;
    }

    private static Tab tab(String titleKey, Node content, UiContext ui) {
        VBox padded = new VBox(content);
        padded.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(padded);
        scroll.setFitToWidth(true);
        Tab tab = new Tab(ui.text(titleKey), scroll);
        tab.setClosable(false);
        return tab;
    }
}
