package org.sitedesk.keys.ui;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.sitedesk.keys.Cabinet;
import org.sitedesk.ui.NamedConverter;
import org.sitedesk.ui.UiContext;

/** 钥匙柜 screen: the cabinet's hooks as a grid, the keys out as a list, and the chosen key's form on the right. */
public final class KeyCabinetView extends BorderPane {
    public KeyCabinetView(CabinetViewModel model, UiContext ui) {
        getStyleClass().add("page");
        Label title = new Label(ui.text("nav.keys"));
        title.getStyleClass().addAll(Styles.TITLE_3, "page-title");
        ComboBox<Cabinet> cabinets = new ComboBox<>(model.cabinets());
        cabinets.setId("cabinetChoice");
        cabinets.setConverter(NamedConverter.of(cabinet -> cabinet.code() + " " + cabinet.name()
                + (cabinet.place().isEmpty() ? "" : "（" + cabinet.place() + "）")));
        cabinets.valueProperty().bindBidirectional(model.cabinetProperty());
        Button refresh = new Button(ui.text("keys.refresh"));
        refresh.setId("keysRefresh");
        refresh.setOnAction(event -> model.load());
        HBox legend = new HBox(6, legend(ui, "keys.legend.in", "hook-in"), legend(ui, "keys.legend.out", "hook-out"),
                legend(ui, "keys.legend.overdue", "hook-overdue"), legend(ui, "keys.legend.sealed", "hook-sealed"),
                legend(ui, "keys.legend.empty", "hook-empty"));
        legend.setAlignment(Pos.CENTER_LEFT);
        FlowPane bar = new FlowPane(8, 8, new Label(ui.text("keys.cabinet")), cabinets, refresh, legend);
        bar.setAlignment(Pos.CENTER_LEFT);
        if (model.mayManage()) {
            bar.getChildren().add(newCabinet(model, ui));
        }
        Label message = new Label();
        message.setId("keysMessage");
        message.getStyleClass().add("form-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        setTop(new VBox(10, title, bar, message));

        ScrollPane hooks = new ScrollPane(new HookGrid(model, ui));
        hooks.setFitToWidth(true);
        hooks.getStyleClass().add("edge-to-edge");
        Tab grid = new Tab(ui.text("keys.tab.hooks"), hooks);
        grid.setId("hooksTab");
        Tab loans = new Tab(ui.text("keys.tab.loans"), new KeyLoansTable(model, ui));
        loans.setId("loansTab");
        TabPane tabs = new TabPane(grid, loans);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setCenter(tabs);
        ScrollPane side = new ScrollPane(new KeyPane(model, ui));
        side.setFitToWidth(true);
        side.getStyleClass().add("edge-to-edge");
        setRight(side);
        model.load();
    }

    private static HBox newCabinet(CabinetViewModel model, UiContext ui) {
        TextField code = new TextField();
        code.setId("newCabinetCode");
        code.setPromptText(ui.text("keys.newCabinet.code"));
        code.setPrefColumnCount(3);
        TextField name = new TextField();
        name.setId("newCabinetName");
        name.setPromptText(ui.text("keys.newCabinet.name"));
        name.setPrefColumnCount(8);
        TextField hooks = new TextField();
        hooks.setId("newCabinetHooks");
        hooks.setPromptText(ui.text("keys.newCabinet.hooks"));
        hooks.setPrefColumnCount(4);
        Button add = new Button(ui.text("keys.newCabinet.add"));
        add.setId("newCabinetButton");
        add.setOnAction(event -> model.addCabinet(code.getText(), name.getText(), hooks.getText()));
        HBox form = new HBox(6, code, name, hooks, add);
        form.setAlignment(Pos.CENTER_LEFT);
        return form;
    }

    private static Label legend(UiContext ui, String key, String style) {
        Label label = new Label(ui.text(key));
        label.getStyleClass().addAll("legend", style);
        return label;
    }
}
