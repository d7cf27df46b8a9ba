package org.sitedesk.fees.ui;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.sitedesk.fees.ArrearsRow;
import org.sitedesk.fees.ReminderWay;
import org.sitedesk.print.ui.PrintPreviews;
import org.sitedesk.print.ui.TableRegister;
import org.sitedesk.ui.IsoDatePicker;
import org.sitedesk.ui.LocalizedConverter;
import org.sitedesk.ui.Tables;
import org.sitedesk.ui.UiContext;

/** 欠费 screen: filters, ageing buckets and totals, the list, notices and reminders. */
public final class ArrearsView extends BorderPane {
    public ArrearsView(ArrearsViewModel model, UiContext ui, PrintPreviews previews) {
        getStyleClass().add("page");
        Label title = new Label(ui.text("nav.arrears"));
        title.getStyleClass().addAll(Styles.TITLE_3, "page-title");
        DatePicker asOf = IsoDatePicker.create();
        asOf.setId("arrearsAsOf");
        asOf.valueProperty().bindBidirectional(model.asOfProperty());
        ComboBox<String> building = choice("arrearsBuilding", ui.text("arrears.allBuildings"));
        building.setItems(model.buildings());
        building.valueProperty().bindBidirectional(model.buildingProperty());
        ComboBox<String> item = choice("arrearsItem", ui.text("arrears.allItems"));
        item.setItems(model.items());
        item.valueProperty().bindBidirectional(model.itemProperty());
        Button clear = new Button(ui.text("arrears.clearFilters"));
        clear.setOnAction(event -> {
            building.setValue(null);
            item.setValue(null);
            model.search();
        });
        Button search = new Button(ui.text("button.search"));
        search.setId("arrearsSearch");
        search.setDefaultButton(true);
        search.setOnAction(event -> model.search());

        TableView<ArrearsRow> table = new TableView<>(model.rows());
        table.setId("arrearsTable");
        table.getColumns().add(Tables.textColumn(ui.text("importScreen.room"), 100, ArrearsRow::room));
        table.getColumns().add(Tables.textColumn(ui.text("estate.column.owners"), 160, ArrearsRow::owners));
        table.getColumns().add(Tables.textColumn(ui.text("arrears.column.months"), 70, row -> Integer.toString(row.monthsOwed())));
        table.getColumns().add(Tables.textColumn(ui.text("counter.column.principal"), 90,
                row -> row.principal().amount().toPlainString()));
        table.getColumns().add(Tables.textColumn(ui.text("counter.column.lateFee"), 80,
                row -> row.lateFee().amount().toPlainString()));
        table.getColumns().add(Tables.textColumn(ui.text("arrears.column.total"), 90, row -> row.total().amount().toPlainString()));
        table.getColumns().add(Tables.textColumn(ui.text("arrears.column.bucket"), 90, row -> ui.messages().get(row.bucket())));
        table.getColumns().add(Tables.textColumn(ui.text("arrears.column.since"), 100, row -> row.oldestDue().toString()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.placeholder(table, ui.text("arrears.none"));
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, row) -> model.selectedProperty().set(row));

        FlowPane filters = new FlowPane(8, 8, new Label(ui.text("arrears.asOf")), asOf, building, item, clear, search,
                TableRegister.button(table, ui.text("nav.arrears"), () -> model.asOfProperty().get().toString(), previews, ui));
        filters.setAlignment(Pos.CENTER_LEFT);
        Label buckets = new Label();
        buckets.setId("arrearsBuckets");
        buckets.textProperty().bind(model.bucketsProperty());
        setTop(new VBox(10, title, filters, buckets));
        setCenter(table);

        Button notice = new Button(ui.text("arrears.printNotice"));
        notice.setId("printNoticeButton");
        notice.disableProperty().bind(model.selectedProperty().isNull());
        notice.setOnAction(event -> model.printNotice(getScene().getWindow()));
        Button notices = new Button(ui.text("arrears.printNotices"));
        notices.setId("printNoticesButton");
        notices.setOnAction(event -> model.printNotices(getScene().getWindow()));
        ComboBox<ReminderWay> way = new ComboBox<>();
        way.setId("reminderWay");
        way.getItems().setAll(model.ways());
        way.setConverter(new LocalizedConverter<>(ui.messages()));
        way.valueProperty().bindBidirectional(model.wayProperty());
        TextField result = new TextField();
        result.setId("reminderResult");
        result.setPromptText(ui.text("arrears.resultPrompt"));
        result.setPrefColumnCount(20);
        result.textProperty().bindBidirectional(model.resultProperty());
        Button remind = new Button(ui.text("arrears.recordReminder"));
        remind.setId("recordReminderButton");
        remind.disableProperty().bind(model.selectedProperty().isNull().or(model.busyProperty()));
        remind.setOnAction(event -> model.recordReminder());
        Label message = new Label();
        message.setId("arrearsMessage");
        message.getStyleClass().add("form-message");
        message.textProperty().bind(model.messageProperty());
        FlowPane actions = new FlowPane(8, 8, notice, notices, new Label(ui.text("arrears.reminder")), way, result, remind, message);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.getStyleClass().add("page-actions");
        setBottom(actions);
        model.load();
    }

    private static ComboBox<String> choice(String id, String all) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.setPromptText(all);
        return box;
    }
}
