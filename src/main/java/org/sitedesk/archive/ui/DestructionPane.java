package org.sitedesk.archive.ui;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.geometry.Orientation;
import org.sitedesk.archive.ArchiveDocument;
import org.sitedesk.archive.Destruction;
import org.sitedesk.archive.RegisterPrintouts;
import org.sitedesk.ui.IsoDatePicker;
import org.sitedesk.ui.Tables;
import org.sitedesk.ui.UiContext;

/** 销毁 tab: what is due, the form that destroys the chosen document, and the destruction register below. */
final class DestructionPane extends BorderPane {
    DestructionPane(DestructionViewModel model, UiContext ui) {
        Label message = new Label();
        message.setId("destructionMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());

        TableView<ArchiveDocument> due = new TableView<>(model.due());
        due.setId("dueTable");
        due.getColumns().add(Tables.textColumn(ui.text("archive.column.fileNo"), 120, ArchiveDocument::fileNo));
        due.getColumns().add(Tables.textColumn(ui.text("archive.column.type"), 130, ArchiveDocument::typeName));
        due.getColumns().add(Tables.textColumn(ui.text("archive.column.received"), 90, document -> document.received().toString()));
        due.getColumns().add(Tables.textColumn(ui.text("archive.column.retention"), 70,
                document -> RegisterPrintouts.retention(document.retentionYears().orElse(null), ui.messages())));
        due.getColumns().add(Tables.textColumn(ui.text("archive.column.retainedUntil"), 90,
                document -> document.retainedUntil().map(Object::toString).orElse("")));
        due.getColumns().add(Tables.textColumn(ui.text("archive.column.owner"), 120, ArchiveDocument::ownerNames));
        due.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.placeholder(due, ui.text("archiveScreen.nothingDue"));
        due.getSelectionModel().selectedItemProperty().addListener((observable, old, document) ->
                model.selectedProperty().set(document));

        TableView<Destruction> destroyed = new TableView<>(model.destroyed());
        destroyed.setId("destroyedTable");
        destroyed.getColumns().add(Tables.textColumn(ui.text("archive.column.fileNo"), 120, Destruction::fileNo));
        destroyed.getColumns().add(Tables.textColumn(ui.text("archive.column.type"), 120, Destruction::typeName));
        destroyed.getColumns().add(Tables.textColumn(ui.text("destruction.column.on"), 90, line -> line.destroyedOn().toString()));
        destroyed.getColumns().add(Tables.textColumn(ui.text("destruction.column.method"), 90, Destruction::method));
        destroyed.getColumns().add(Tables.textColumn(ui.text("destruction.column.approvedBy"), 80, Destruction::approverName));
        destroyed.getColumns().add(Tables.textColumn(ui.text("destruction.column.witness"), 90, Destruction::witness));
        destroyed.getColumns().add(Tables.textColumn(ui.text("destruction.column.reason"), 140, Destruction::reason));
        destroyed.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.placeholder(destroyed, ui.text("table.empty"));
        Button print = new Button(ui.text("archiveScreen.printDestructions"));
        print.setId("printDestructionsButton");
        print.setOnAction(event -> model.printRegister(getScene().getWindow()));
        Label registerHeading = new Label(ui.text("print.destructions.title"));
        registerHeading.getStyleClass().add(Styles.TITLE_4);
        FlowPane registerTop = new FlowPane(8, 8, registerHeading, print);
        registerTop.setAlignment(Pos.CENTER_LEFT);
        VBox register = new VBox(6, registerTop, destroyed);
        VBox.setVgrow(destroyed, Priority.ALWAYS);

        SplitPane split = new SplitPane(due, register);
        split.setOrientation(Orientation.VERTICAL);
        setTop(message);
        setCenter(split);
        if (model.mayDestroy()) {
            setBottom(form(model, ui));
        }
    }

    private FlowPane form(DestructionViewModel model, UiContext ui) {
        TextField witness = field("destroyWitness", 10, model.witnessProperty());
        TextField method = field("destroyMethod", 10, model.methodProperty());
        TextField reason = field("destroyReason", 14, model.reasonProperty());
        DatePicker on = IsoDatePicker.create();
        on.setId("destroyOn");
        on.valueProperty().bindBidirectional(model.onProperty());
        Button destroy = new Button(ui.text("archiveScreen.destroy"));
        destroy.setId("destroyButton");
        destroy.getStyleClass().add(Styles.DANGER);
        destroy.disableProperty().bind(model.selectedProperty().isNull());
        destroy.setOnAction(event -> {
            if (ui.dialogs().confirm(ui.format("archiveScreen.destroyConfirm", model.selectedProperty().get().fileNo()))) {
                model.destroy();
            }
        });
        FlowPane form = new FlowPane(8, 8, new Label(ui.text("destruction.column.witness")), witness,
                new Label(ui.text("destruction.column.method")), method, new Label(ui.text("destruction.column.reason")), reason,
                new Label(ui.text("destruction.column.on")), on, destroy);
        form.setAlignment(Pos.CENTER_LEFT);
        form.getStyleClass().add("page-actions");
        return form;
    }

    private static TextField field(String id, int columns, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}
