package org.sitedesk.fees.ui;

import atlantafx.base.theme.Styles;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.sitedesk.core.users.Actor;
import org.sitedesk.fees.ArrearsService;
import org.sitedesk.fees.CollectionRate;
import org.sitedesk.print.ui.PrintPreviews;
import org.sitedesk.print.ui.TableRegister;
import org.sitedesk.ui.FormState;
import org.sitedesk.ui.Tables;
import org.sitedesk.ui.UiContext;

/** 收缴率: a billing month's collected over billed, per building and for the estate, printable. */
public final class CollectionRateView extends BorderPane {
    private final ObservableList<CollectionRate> rates = FXCollections.observableArrayList();
    private final FormState form;

    public CollectionRateView(ArrearsService arrears, Actor actor, UiContext ui, PrintPreviews previews) {
        getStyleClass().add("page");
        form = new FormState(ui);
        Label title = new Label(ui.text("nav.collection"));
        title.getStyleClass().addAll(Styles.TITLE_3, "page-title");
        TextField month = new TextField(YearMonth.now(ui.clock()).toString());
        month.setId("collectionMonth");
        month.setPrefColumnCount(8);
        TableView<CollectionRate> table = new TableView<>(rates);
        table.setId("collectionTable");
        table.getColumns().add(Tables.textColumn(ui.text("collection.column.building"), 120,
                rate -> rate.building().isEmpty() ? ui.text("collection.all") : ui.format("estate.building", rate.building())));
        table.getColumns().add(Tables.textColumn(ui.text("collection.column.charges"), 80, rate -> Integer.toString(rate.charges())));
        table.getColumns().add(Tables.textColumn(ui.text("collection.column.billed"), 110, rate -> rate.billed().amount().toPlainString()));
        table.getColumns().add(Tables.textColumn(ui.text("collection.column.collected"), 110,
                rate -> rate.collected().amount().toPlainString()));
        table.getColumns().add(Tables.textColumn(ui.text("collection.column.rate"), 90, rate -> rate.percent().toPlainString() + "%"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.placeholder(table, ui.text("table.empty"));
        Button show = new Button(ui.text("button.search"));
        show.setId("collectionShow");
        show.setDefaultButton(true);
        show.setOnAction(event -> load(arrears, actor, ui, month.getText()));
        Label message = new Label();
        message.setId("collectionMessage");
        message.getStyleClass().add("form-message");
        message.textProperty().bind(form.messageProperty());
        HBox filters = new HBox(8, new Label(ui.text("billing.period")), month, show,
                TableRegister.button(table, ui.text("nav.collection"), month::getText, previews, ui));
        filters.setAlignment(Pos.CENTER_LEFT);
        setTop(new VBox(10, title, filters, message));
        setCenter(table);
        load(arrears, actor, ui, month.getText());
    }

    private void load(ArrearsService arrears, Actor actor, UiContext ui, String text) {
        YearMonth month;
        try {
            month = YearMonth.parse(text.trim());
        } catch (DateTimeParseException e) {
            form.showText(ui.format("cli.bill.periodForm", text));
            return;
        }
        form.run(progress -> arrears.collectionRates(actor, month), rates::setAll);
    }
}
