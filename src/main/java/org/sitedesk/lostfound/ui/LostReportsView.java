package org.sitedesk.lostfound.ui;

import atlantafx.base.theme.Styles;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.sitedesk.lostfound.ItemCategory;
import org.sitedesk.lostfound.LostReport;
import org.sitedesk.lostfound.Match;
import org.sitedesk.ui.FormFields;
import org.sitedesk.ui.FormGrid;
import org.sitedesk.ui.IsoDatePicker;
import org.sitedesk.ui.NamedConverter;
import org.sitedesk.ui.Tables;
import org.sitedesk.ui.UiContext;

/** 挂失登记 tab: the report form, the reports, and the found items the chosen report may be about. */
public final class LostReportsView extends BorderPane {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** {@code openItem} shows a matched item in the register. */
    public LostReportsView(LostReportsViewModel model, UiContext ui, Consumer<String> openItem) {
        setPadding(new Insets(12, 0, 0, 0));
        setTop(new VBox(10, form(model, ui)));

        TableView<LostReport> table = new TableView<>(model.reports());
        table.setId("reportsTable");
        table.getColumns().add(Tables.textColumn(ui.text("lostFound.column.number"), 130, LostReport::number));
        table.getColumns().add(Tables.textColumn(ui.text("lostFound.report.reporter"), 75, LostReport::reporter));
        table.getColumns().add(Tables.textColumn(ui.text("importScreen.room"), 80, LostReport::room));
        table.getColumns().add(Tables.textColumn(ui.text("lostFound.report.what"), 240, LostReport::description));
        table.getColumns().add(Tables.textColumn(ui.text("lostFound.column.category"), 100, report -> report.category().name()));
        table.getColumns().add(Tables.textColumn(ui.text("lostFound.report.days"), 200,
                report -> report.lostFrom() + " ~ " + report.lostTo()));
        table.getColumns().add(Tables.textColumn(ui.text("lostFound.report.reportedAt"), 135,
                report -> report.reportedAt().atZone(ui.clock().getZone()).format(TIME)));
        table.getColumns().add(Tables.textColumn(ui.text("lostFound.column.state"), 190,
                report -> ui.messages().get(report.state()) + report.returnedItem().map(item -> " " + item).orElse("")));
        Tables.placeholder(table, ui.text("table.empty"));
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, report) -> {
            if (report != null) {
                model.selectedProperty().set(report);
            }
        });
        model.selectedProperty().addListener((observable, old, report) -> {
            if (report != null && table.getSelectionModel().getSelectedItem() != report) {
                table.getSelectionModel().select(report);
            }
        });

        ListView<Match> matches = new ListView<>(model.matches());
        matches.setId("reportMatches");
        matches.setPlaceholder(new Label(ui.text("lostFound.noMatchingItems")));
        matches.setPrefHeight(200);
        VBox.setVgrow(matches, Priority.ALWAYS);
        matches.setCellFactory(list -> new ListCell<>() {
            {
                // a cell as wide as the list, its sentence wrapped instead of scrolled sideways
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(Match match, boolean empty) {
                super.updateItem(match, empty);
                setText(empty || match == null ? null : ui.format("lostFound.matchItem", match.item().number(),
                        match.item().description(), match.item().foundPlace(), match.item().foundAt().format(TIME),
                        ui.messages().get(match.item().state()), CommonWordsShown.of(match)));
            }
        });
        Button show = new Button(ui.text("lostFound.report.showItem"));
        show.setId("reportShowItem");
        show.disableProperty().bind(matches.getSelectionModel().selectedItemProperty().isNull());
        show.setOnAction(event -> openItem.accept(matches.getSelectionModel().getSelectedItem().item().number()));
        TextField note = FormFields.text("withdrawNote", 20, model.withdrawNoteProperty());
        note.setPromptText(ui.text("lostFound.report.withdrawPrompt"));
        Button withdraw = new Button(ui.text("lostFound.report.withdraw"));
        withdraw.setId("reportWithdraw");
        withdraw.disableProperty().bind(model.selectedProperty().isNull().or(model.busyProperty()));
        withdraw.setOnAction(event -> model.withdraw());
        Label matchesTitle = new Label(ui.text("lostFound.matchingItemsTitle"));
        matchesTitle.getStyleClass().add(Styles.TEXT_BOLD);
        FlowPane actions = new FlowPane(8, 8, show, note, withdraw);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox side = new VBox(8, matchesTitle, matches, actions);
        SplitPane split = new SplitPane(table, side);
        split.setDividerPositions(0.64);
        setCenter(split);
    }

    private static VBox form(LostReportsViewModel model, UiContext ui) {
        ComboBox<ItemCategory> category = new ComboBox<>(model.categories());
        category.setId("reportCategory");
        category.setPromptText(ui.text("lostFound.form.categoryPrompt"));
        category.setConverter(NamedConverter.of(ItemCategory::name));
        category.valueProperty().bindBidirectional(model.categoryProperty());
        DatePicker from = IsoDatePicker.create();
        from.setId("reportFrom");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = IsoDatePicker.create();
        to.setId("reportTo");
        to.valueProperty().bindBidirectional(model.toProperty());
        HBox who = new HBox(8, FormFields.text("reportReporter", 8, model.reporterProperty()),
                new Label(ui.text("print.claim.phone")), FormFields.text("reportPhone", 11, model.phoneProperty()),
                new Label(ui.text("importScreen.room")), FormFields.text("reportRoom", 8, model.roomProperty()));
        who.setAlignment(Pos.CENTER_LEFT);
        HBox when = new HBox(8, category, new Label(ui.text("lostFound.report.days")), from, new Label("~"), to,
                new Label(ui.text("lostFound.form.where")), FormFields.text("reportPlace", 12, model.placeProperty()));
        when.setAlignment(Pos.CENTER_LEFT);
        Button save = new Button(ui.text("lostFound.report.save"));
        save.setId("saveReport");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(event -> model.save());
        CheckBox closed = new CheckBox(ui.text("lostFound.report.closedToo"));
        closed.setId("reportsClosedToo");
        closed.selectedProperty().bindBidirectional(model.closedTooProperty());
        closed.setOnAction(event -> model.load(null));
        HBox buttons = new HBox(12, save, closed);
        buttons.setAlignment(Pos.CENTER_LEFT);
        FormGrid grid = new FormGrid()
                .row(ui.text("lostFound.report.reporter"), who)
                .row(ui.text("lostFound.report.what"), FormFields.text("reportWhat", 40, model.descriptionProperty()))
                .row(ui.text("lostFound.column.category"), when)
                .full(buttons);
        return new VBox(8, grid, FormFields.message("reportMessage", model.messageProperty()));
    }
}
