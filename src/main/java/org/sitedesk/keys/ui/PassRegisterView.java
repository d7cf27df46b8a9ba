package org.sitedesk.keys.ui;

import atlantafx.base.theme.Styles;
import java.io.File;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.sitedesk.keys.PassStatus;
import org.sitedesk.keys.PassType;
import org.sitedesk.ui.NamedConverter;
import org.sitedesk.ui.UiContext;

/** 出入证登记 screen: filters above, the register with the actions under it, and 办证 on a tab of its own. */
public final class PassRegisterView extends BorderPane {
    public PassRegisterView(PassRegisterViewModel model, UiContext ui) {
        getStyleClass().add("page");
        Label title = new Label(ui.text("nav.passes"));
        title.getStyleClass().addAll(Styles.TITLE_3, "page-title");
        ComboBox<PassType> type = new ComboBox<>(model.types());
        type.setId("passTypeFilter");
        type.setPromptText(ui.text("passes.allTypes"));
        type.setConverter(NamedConverter.of(PassType::name));
        type.valueProperty().bindBidirectional(model.typeProperty());
        ComboBox<PassStatus> status = new ComboBox<>();
        status.setId("passStatusFilter");
        status.setPromptText(ui.text("passes.allStatuses"));
        status.getItems().setAll(PassStatus.values());
        status.setConverter(NamedConverter.of(value -> ui.messages().get(value)));
        status.valueProperty().bindBidirectional(model.statusProperty());
        CheckBox expiring = new CheckBox(ui.text("passes.expiringWithin"));
        expiring.setId("passExpiring");
        expiring.selectedProperty().bindBidirectional(model.expiringOnlyProperty());
        TextField days = new TextField();
        days.setId("passExpiringDays");
        days.setPrefColumnCount(3);
        days.textProperty().bindBidirectional(model.daysProperty());
        CardNumberField search = new CardNumberField();
        search.setId("passSearch");
        search.setPromptText(ui.text("passes.searchPrompt"));
        search.textProperty().bindBidirectional(model.textProperty());
        search.setOnRead(model::search);
        Button find = new Button(ui.text("button.search"));
        find.setId("passSearchButton");
        find.setOnAction(event -> model.search());
        Button clear = new Button(ui.text("passes.clearFilters"));
        clear.setOnAction(event -> {
            model.typeProperty().set(null);
            model.statusProperty().set(null);
            model.expiringOnlyProperty().set(false);
            model.textProperty().set("");
            model.search();
        });
        Button print = new Button(ui.text("print.register.button"), new FontIcon(MaterialDesignP.PRINTER_OUTLINE));
        print.setId("printPassRegister");
        print.setOnAction(event -> model.printRegister(getScene().getWindow()));
        Button export = new Button(ui.text("passes.exportAccess"));
        export.setId("exportAccessList");
        export.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName("access-cards.csv");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
            File file = chooser.showSaveDialog(getScene().getWindow());
            if (file != null) {
                model.exportAccessList(file.toPath());
            }
        });
        FlowPane filters = new FlowPane(8, 8, type, status, expiring, days, new Label(ui.text("passes.days")), search, find, clear,
                print, export);
        filters.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("passesMessage");
        message.getStyleClass().add("form-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        setTop(new VBox(10, title, filters, message));

        PassTable table = new PassTable("passTable", model.passes(), model::deposits, ui, true);
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, pass) ->
                model.actions().chosenProperty().set(pass));
        VBox register = new VBox(8, table, new PassActions(model.actions(), ui));
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        Tab list = new Tab(ui.text("passes.tab.register"), register);
        list.setId("registerTab");
        ScrollPane form = new ScrollPane(new IssuePassForm(model.issuing(), ui));
        form.setFitToWidth(true);
        form.getStyleClass().add("edge-to-edge");
        Tab issue = new Tab(ui.text("passes.issueTitle"), form);
        issue.setId("issueTab");
        TabPane tabs = new TabPane(list, issue);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setCenter(tabs);
        model.load();
    }
}
