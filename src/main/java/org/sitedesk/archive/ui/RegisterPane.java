package org.sitedesk.archive.ui;

import java.io.File;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.sitedesk.archive.ArchiveDocument;
import org.sitedesk.archive.Box;
import org.sitedesk.archive.BoxRef;
import org.sitedesk.print.ui.PrintPreviews;
import org.sitedesk.print.ui.TableRegister;
import org.sitedesk.ui.NamedConverter;
import org.sitedesk.ui.Tables;
import org.sitedesk.ui.UiContext;

/** 档案登记簿 tab: filters, the register, the catalogue, import and export. */
final class RegisterPane extends BorderPane {
    RegisterPane(RegisterViewModel model, UiContext ui, PrintPreviews previews) {
        ComboBox<Box> box = new ComboBox<>(model.boxes());
        box.setId("registerBox");
        box.setPromptText(ui.text("archiveScreen.allBoxes"));
        box.setConverter(NamedConverter.of(one -> one.code() + " " + one.category()));
        box.valueProperty().bindBidirectional(model.boxProperty());
        Button allBoxes = new Button(ui.text("archiveScreen.allBoxes"));
        allBoxes.setId("registerAllBoxes");
        allBoxes.setOnAction(event -> model.boxProperty().set(null));
        TextField text = new TextField();
        text.setId("registerFilter");
        text.setPromptText(ui.text("archiveScreen.filterPrompt"));
        text.setPrefColumnCount(16);
        text.textProperty().bindBidirectional(model.textProperty());

        TableView<ArchiveDocument> table = new TableView<>(model.shown());
        table.setId("registerTable");
        table.getColumns().add(Tables.textColumn(ui.text("archive.column.fileNo"), 120, ArchiveDocument::fileNo));
        table.getColumns().add(Tables.textColumn(ui.text("archive.column.owner"), 130, ArchiveDocument::ownerNames));
        table.getColumns().add(Tables.textColumn(ui.text("archive.column.type"), 130, ArchiveDocument::typeName));
        table.getColumns().add(Tables.textColumn(ui.text("archive.column.pages"), 50, document -> String.valueOf(document.pages())));
        table.getColumns().add(Tables.textColumn(ui.text("archive.column.level"), 60, document -> ui.messages().get(document.level())));
        table.getColumns().add(Tables.textColumn(ui.text("archive.column.received"), 90, document -> document.received().toString()));
        table.getColumns().add(Tables.textColumn(ui.text("archive.column.box"), 100,
                document -> document.box().map(BoxRef::place).orElse("")));
        table.getColumns().add(Tables.textColumn(ui.text("archive.column.status"), 120, model::statusOf));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.placeholder(table, ui.text("table.empty"));

        Button catalogue = new Button(ui.text("archiveScreen.printCatalogue"));
        catalogue.setId("printCatalogueButton");
        catalogue.setOnAction(event -> model.printCatalogue(getScene().getWindow()));
        FlowPane filters = new FlowPane(8, 8, new Label(ui.text("archiveTab.box")), box, allBoxes, text, catalogue,
                TableRegister.button(table, ui.text("archiveScreen.register"), () -> "", previews, ui));
        filters.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("registerMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        setTop(new VBox(8, filters, message));
        setCenter(table);
        setBottom(files(model, ui));
    }

    private VBox files(RegisterViewModel model, UiContext ui) {
        Button check = new Button(ui.text("archiveScreen.importCheck"));
        check.setId("checkArchiveImport");
        check.setOnAction(event -> {
            List<File> chosen = chooser(ui).showOpenMultipleDialog(getScene().getWindow());
            if (chosen != null) {
                model.check(chosen.stream().map(File::toPath).toList());
            }
        });
        Button run = new Button(ui.text("importScreen.import"));
        run.setId("runArchiveImport");
        run.disableProperty().bind(model.importReadyProperty().not());
        run.setOnAction(event -> model.importChecked());
        Button export = new Button(ui.text("archiveScreen.export"));
        export.setId("exportRegisterButton");
        export.setOnAction(event -> {
            FileChooser chooser = chooser(ui);
            chooser.setInitialFileName("archive-register.xlsx");
            File chosen = chooser.showSaveDialog(getScene().getWindow());
            if (chosen != null) {
                model.export(chosen.toPath());
            }
        });
        FlowPane row = new FlowPane(8, 8);
        row.setAlignment(Pos.CENTER_LEFT);
        if (model.mayImport()) {
            row.getChildren().addAll(check, run);
        }
        if (model.mayExport()) {
            row.getChildren().add(export);
        }
        ListView<String> problems = new ListView<>(model.problems());
        problems.setId("archiveImportProblems");
        problems.setPrefHeight(90);
        problems.getStyleClass().add("problem-list");
        problems.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.problems()));
        problems.managedProperty().bind(problems.visibleProperty());
        VBox bottom = new VBox(6, row, problems);
        bottom.getStyleClass().add("page-actions");
        return bottom;
    }

    private static FileChooser chooser(UiContext ui) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ui.text("importScreen.spreadsheets"), "*.xlsx", "*.csv"));
        return chooser;
    }
}
