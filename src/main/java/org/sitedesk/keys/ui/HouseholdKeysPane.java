package org.sitedesk.keys.ui;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.sitedesk.keys.CabinetKey;
import org.sitedesk.keys.Hook;
import org.sitedesk.keys.KeyEvent;
import org.sitedesk.keys.KeyEventKind;
import org.sitedesk.ui.Tables;
import org.sitedesk.ui.UiContext;

/** The household card's 钥匙 tab: the unit's keys, their history (envelopes opened, with the reason), and 交房. */
public final class HouseholdKeysPane extends VBox {
    private final HouseholdKeysViewModel model;
    private final UiContext ui;
    private final GridPane counts = new GridPane();

    public HouseholdKeysPane(HouseholdKeysViewModel model, UiContext ui) {
        super(10);
        this.model = model;
        this.ui = ui;
        setId("householdKeys");
        TableView<CabinetKey> keys = new TableView<>(model.keys());
        keys.setId("householdKeyTable");
        keys.setPrefHeight(140);
        keys.getColumns().add(Tables.textColumn(ui.text("keys.column.key"), 70, CabinetKey::number));
        keys.getColumns().add(Tables.textColumn(ui.text("keys.column.hook"), 60, key -> key.hook().map(Hook::label).orElse("")));
        keys.getColumns().add(Tables.textColumn(ui.text("keys.column.copies"), 50, key -> Integer.toString(key.copies())));
        keys.getColumns().add(Tables.textColumn(ui.text("keys.column.state"), 120, key -> ui.messages().get(key.state())
                + (key.sealed() ? " · " + ui.text("keys.tileSealed") : "")));
        keys.getColumns().add(Tables.textColumn(ui.text("keys.column.note"), 160, CabinetKey::note));
        keys.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.placeholder(keys, ui.text("keys.noKeys"));
        TableView<KeyEvent> events = new TableView<>(model.events());
        events.setId("keyHistoryTable");
        events.setPrefHeight(160);
        events.getColumns().add(Tables.textColumn(ui.text("keys.column.at"), 120, event -> model.time(event.at())));
        events.getColumns().add(Tables.textColumn(ui.text("keys.column.key"), 70, KeyEvent::keyNumber));
        events.getColumns().add(Tables.textColumn(ui.text("keys.column.event"), 130, event -> ui.messages().get(event.kind())));
        events.getColumns().add(Tables.textColumn(ui.text("keys.column.note"), 220, KeyEvent::note));
        events.getColumns().add(Tables.textColumn(ui.text("keys.column.by"), 70, KeyEvent::actor));
        events.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        events.setRowFactory(table -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(KeyEvent event, boolean empty) {
                super.updateItem(event, empty);
                getStyleClass().remove("key-seal-opened");
                if (!empty && event != null && event.kind() == KeyEventKind.SEAL_OPENED) {
                    getStyleClass().add("key-seal-opened");
                }
            }
        });
        Tables.placeholder(events, ui.text("table.empty"));
        Label message = new Label();
        message.setId("householdKeysMessage");
        message.getStyleClass().add("form-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        counts.setHgap(8);
        counts.setVgap(4);
        model.keys().addListener((ListChangeListener<CabinetKey>) change -> drawCounts());
        getChildren().addAll(keys, new Label(ui.text("keys.history")), events, handover(), message);
        model.load();
    }

    private VBox handover() {
        TextField receiver = new TextField();
        receiver.setId("handoverReceiver");
        receiver.setPrefColumnCount(16);
        receiver.textProperty().bindBidirectional(model.receivedByProperty());
        TextField note = new TextField();
        note.setId("handoverNote");
        note.setPrefColumnCount(24);
        note.textProperty().bindBidirectional(model.noteProperty());
        Button handOver = new Button(ui.text("keys.handOver"));
        handOver.setId("handOverButton");
        handOver.getStyleClass().add(Styles.ACCENT);
        handOver.disableProperty().bind(model.busyProperty());
        handOver.setOnAction(event -> model.handOver(getScene().getWindow()));
        Button reprint = new Button(ui.text("keys.reprintHandover"));
        reprint.setId("reprintHandoverButton");
        reprint.setOnAction(event -> model.reprint(getScene().getWindow()));
        HBox who = new HBox(8, new Label(ui.text("keys.handoverTo")), receiver, new Label(ui.text("keys.add.note")), note);
        who.setAlignment(Pos.CENTER_LEFT);
        Label heading = new Label(ui.text("keys.handoverHeading"));
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        return new VBox(6, heading, counts, who, new HBox(8, handOver, reprint));
    }

    /** One count field per key still in the cabinet, filled with the copies on record. */
    private void drawCounts() {
        counts.getChildren().clear();
        int row = 0;
        for (CabinetKey key : model.keys()) {
            var count = model.counts().get(key.id());
            if (count == null) {
                continue;
            }
            TextField field = new TextField();
            field.setId("handoverCount-" + key.number());
            field.setPrefColumnCount(3);
            field.textProperty().bindBidirectional(count);
            counts.addRow(row++, new Label(ui.format("keys.handoverLine", key.number(), key.opens().name(), key.copies())), field);
        }
    }
}
