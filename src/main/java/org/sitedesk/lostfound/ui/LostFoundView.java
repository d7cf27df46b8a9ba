package org.sitedesk.lostfound.ui;

import java.time.LocalDate;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.sitedesk.lostfound.FoundItem;
import org.sitedesk.lostfound.ItemCategory;
import org.sitedesk.lostfound.LostFoundRegister;
import org.sitedesk.ui.FormFields;
import org.sitedesk.ui.IsoDatePicker;
import org.sitedesk.ui.LocalizedConverter;
import org.sitedesk.ui.NamedConverter;
import org.sitedesk.ui.Tables;
import org.sitedesk.ui.UiContext;

/**
 * 失物招领登记簿 tab: the register with its filters (state, category, days found), the notice for the
 * chosen items, the chosen item's details and matches, and the claim, hand-over and disposal forms.
 * Several items may be chosen (Ctrl or Shift) for one notice or one hand-over.
 */
public final class LostFoundView extends BorderPane {
    public LostFoundView(LostFoundViewModel model, UiContext ui, Runnable newItem) {
        setPadding(new Insets(12, 0, 0, 0));
        ChoiceBox<RegisterChoice> state = new ChoiceBox<>();
        state.setId("lostState");
        state.getItems().setAll(RegisterChoice.values());
        state.setConverter(new LocalizedConverter<>(ui.messages()));
        state.valueProperty().bindBidirectional(model.stateProperty());
        ComboBox<ItemCategory> category = new ComboBox<>(model.categories());
        category.setId("lostCategory");
        category.setPromptText(ui.text("lostFound.filter.allCategories"));
        category.setConverter(NamedConverter.of(ItemCategory::name));
        category.valueProperty().bindBidirectional(model.categoryProperty());
        DatePicker from = IsoDatePicker.create();
        from.setId("lostFrom");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = IsoDatePicker.create();
        to.setId("lostTo");
        to.valueProperty().bindBidirectional(model.toProperty());
        Button search = new Button(ui.text("button.search"));
        search.setId("lostSearch");
        search.setDefaultButton(true);
        search.setOnAction(event -> model.search());
        Button clear = new Button(ui.text("lostFound.filter.clear"));
        clear.setId("lostClear");
        clear.setOnAction(event -> {
            model.stateProperty().set(RegisterChoice.ALL);
            model.categoryProperty().set(null);
            model.fromProperty().set(null);
            model.toProperty().set(null);
            model.search();
        });
        FlowPane filters = new FlowPane(8, 8, state, category, new Label(ui.text("lostFound.filter.foundFrom")), from,
                new Label(ui.text("audit.to")), to, search, clear);
        filters.setAlignment(Pos.CENTER_LEFT);

        Button add = new Button(ui.text("lostFound.newItem"), new FontIcon(MaterialDesignB.BRIEFCASE_PLUS_OUTLINE));
        add.setId("lostNewItem");
        add.setOnAction(event -> newItem.run());
        Button notice = new Button(ui.text("lostFound.postNotice"));
        notice.setId("postNotice");
        notice.disableProperty().bind(model.busyProperty());
        notice.setOnAction(event -> model.postNotice(getScene().getWindow()));
        Button reprint = new Button(ui.text("lostFound.reprint"));
        reprint.setId("lostReprint");
        reprint.disableProperty().bind(model.selectedProperty().isNull());
        reprint.setOnAction(event -> model.reprint(getScene().getWindow()));
        Button print = new Button(ui.text("print.register.button"), new FontIcon(MaterialDesignP.PRINTER_OUTLINE));
        print.setId("lostPrintRegister");
        print.setOnAction(event -> model.printRegister(getScene().getWindow()));
        FlowPane actions = new FlowPane(8, 8, add, notice, reprint, print);
        actions.setAlignment(Pos.CENTER_LEFT);
        setTop(new VBox(10, filters, actions, FormFields.message("lostMessage", model.messageProperty())));

        SplitPane split = new SplitPane(table(model, ui), side(model, ui));
        split.setDividerPositions(0.6);
        setCenter(split);
    }

    private static TableView<FoundItem> table(LostFoundViewModel model, UiContext ui) {
        TableView<FoundItem> table = new TableView<>(model.items());
        table.setId("lostTable");
        LostFoundRegister register = new LostFoundRegister(ui.messages(), LocalDate.now(ui.clock()));
        for (LostFoundRegister.Column column : register.columns()) {
            table.getColumns().add(Tables.textColumn(ui.text(column.titleKey()), column.width(), column.text()));
        }
        Tables.placeholder(table, ui.text("table.empty"));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<FoundItem>) change ->
                model.chosen().setAll(table.getSelectionModel().getSelectedItems()));
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, item) -> {
            if (item != null || table.getSelectionModel().isEmpty()) {
                model.selectedProperty().set(item);
            }
        });
        model.selectedProperty().addListener((observable, old, item) -> {
            if (item != null && !table.getSelectionModel().getSelectedItems().contains(item)) {
                table.getSelectionModel().clearAndSelect(table.getItems().indexOf(item));
                table.scrollTo(item);
            }
        });
        return table;
    }

    /** The chosen item's details and the forms that act on it, a tab each so every form fits a counter's screen. */
    private static TabPane side(LostFoundViewModel model, UiContext ui) {
        TabPane tabs = new TabPane(tab("lostFound.tab.details", new ItemDetails(model, ui), ui),
                tab("lostFound.tab.claim", new ClaimPane(model.claim(), ui), ui),
                tab("lostFound.tab.handOver", new HandOverPane(model.handOver(), model.chosen(), ui), ui));
        if (model.maySupervise()) {
            tabs.getTabs().add(tab("lostFound.tab.disposal", new DisposalPane(model.disposal(), ui), ui));
        }
        tabs.setId("lostTabs");
        return tabs;
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
