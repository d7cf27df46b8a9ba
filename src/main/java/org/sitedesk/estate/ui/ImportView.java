package org.sitedesk.estate.ui;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.sitedesk.ui.Tables;
import org.sitedesk.ui.UiContext;

/** 导入导出 screen: files, a preview of every row, every problem with its line, then import. */
public final class ImportView extends BorderPane {
    public ImportView(ImportViewModel model, UiContext ui) {
        getStyleClass().add("page");
        Label title = new Label(ui.text("nav.import"));
        title.getStyleClass().addAll(Styles.TITLE_3, "page-title");

        TextField files = new TextField();
        files.setId("importFiles");
        files.setPromptText(ui.text("importScreen.filesPrompt"));
        files.textProperty().bindBidirectional(model.filesProperty());
        HBox.setHgrow(files, Priority.ALWAYS);
        Button browse = new Button(ui.text("importScreen.browse"));
        browse.setId("browseButton");
        browse.setOnAction(event -> {
            FileChooser chooser = chooser(ui);
            List<File> chosen = chooser.showOpenMultipleDialog(getScene().getWindow());
            if (chosen != null) {
                model.choose(chosen.stream().map(File::toPath).toList());
            }
        });
        Button check = new Button(ui.text("importScreen.check"));
        check.setId("checkImportButton");
        check.setOnAction(event -> model.check());
        Button run = new Button(ui.text("importScreen.import"));
        run.setId("runImportButton");
        run.getStyleClass().add(Styles.ACCENT);
        run.disableProperty().bind(model.readyProperty().not().or(model.busyProperty()));
        run.setOnAction(event -> model.importChecked());
        HBox fileRow = new HBox(8, files, browse, check, run);
        fileRow.setAlignment(Pos.CENTER_LEFT);
        fileRow.disableProperty().bind(model.busyProperty());

        Label message = new Label();
        message.setId("importMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());

        HBox exports = new HBox(8, new Label(ui.text("importScreen.export")),
                exportButton(ui, "exportUnitsButton", "importScreen.exportUnits", "units", model::exportUnits),
                exportButton(ui, "exportOwnersButton", "importScreen.exportOwners", "owners", model::exportOwners));
        exports.setAlignment(Pos.CENTER_LEFT);
        setTop(new VBox(10, title, fileRow, message, exports));

        TableView<PreviewRow> table = new TableView<>(model.preview());
        table.setId("importPreview");
        table.getColumns().add(Tables.textColumn(ui.text("importScreen.file"), 120, PreviewRow::file));
        table.getColumns().add(Tables.textColumn(ui.text("importScreen.line"), 60, row -> String.valueOf(row.line())));
        table.getColumns().add(Tables.textColumn(ui.text("importScreen.room"), 110, PreviewRow::room));
        table.getColumns().add(Tables.textColumn(ui.text("importScreen.details"), 320, PreviewRow::details));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.placeholder(table, ui.text("table.empty"));
        ListView<String> problems = new ListView<>(model.problems());
        problems.setId("importProblems");
        problems.getStyleClass().add("problem-list");
        problems.setPlaceholder(new Label(ui.text("importScreen.noProblems")));
        Label problemsTitle = new Label(ui.text("importScreen.problems"));
        problemsTitle.getStyleClass().add(Styles.TITLE_4);
        VBox problemBox = new VBox(6, problemsTitle, problems);
        VBox.setVgrow(problems, Priority.ALWAYS);
        SplitPane split = new SplitPane(table, problemBox);
        split.setDividerPositions(0.55);
        BorderPane.setMargin(split, new javafx.geometry.Insets(12, 0, 0, 0));
        setCenter(split);
    }

    private Button exportButton(UiContext ui, String id, String textKey, String fileName, Consumer<Path> export) {
        Button button = new Button(ui.text(textKey));
        button.setId(id);
        button.setOnAction(event -> {
            FileChooser chooser = chooser(ui);
            chooser.setInitialFileName(fileName + ".xlsx");
            File chosen = chooser.showSaveDialog(getScene().getWindow());
            if (chosen != null) {
                export.accept(chosen.toPath());
            }
        });
        return button;
    }

    private static FileChooser chooser(UiContext ui) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(ui.text("importScreen.spreadsheets"), "*.xlsx", "*.csv"));
        return chooser;
    }
}
