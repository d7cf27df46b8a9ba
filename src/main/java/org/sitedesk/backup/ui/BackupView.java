package org.sitedesk.backup.ui;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Files;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.sitedesk.backup.BackupStatus.BackupFile;
import org.sitedesk.ui.FormGrid;
import org.sitedesk.ui.UiContext;

/** 备份与恢复: the newest backup, where backups go, a backup now, and restoring one. */
public final class BackupView extends VBox {
    private static final double WIDTH = 560;

    public BackupView(BackupViewModel model, UiContext ui) {
        super(12);
        setId("backupPage");
        getStyleClass().add("page");
        Label title = new Label(ui.text("nav.backups"));
        title.getStyleClass().addAll(Styles.TITLE_3, "page-title");
        Label restoreHeading = new Label(ui.text("backup.restoreSection"));
        restoreHeading.getStyleClass().add(Styles.TITLE_4);

        Label newest = new Label();
        newest.setId("backupNewest");
        newest.setWrapText(true);
        newest.setMinHeight(Region.USE_PREF_SIZE);
        newest.setMaxWidth(WIDTH);
        newest.textProperty().bind(model.newestProperty());
        model.staleProperty().addListener((observed, was, stale) -> {
            newest.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
            newest.getStyleClass().add(stale ? Styles.DANGER : Styles.SUCCESS);
        });

        TextField folder = new TextField();
        folder.setId("backupFolder");
        folder.setPromptText(ui.text("backup.folderDefault"));
        folder.textProperty().bindBidirectional(model.folderProperty());
        folder.setEditable(model.mayChangeSettings());
        TextField keepDays = new TextField();
        keepDays.setId("backupKeepDays");
        keepDays.setPrefColumnCount(5);
        keepDays.textProperty().bindBidirectional(model.keepDaysProperty());
        keepDays.setEditable(model.mayChangeSettings());
        Button save = new Button(ui.text("backup.saveSettings"));
        save.setId("saveBackupSettingsButton");
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(event -> model.saveSettings());
        FormGrid form = new FormGrid()
                .row(ui.text("backup.folder"), folder)
                .row(ui.text("backup.keepDays"), keepDays);
        form.setMaxWidth(WIDTH);

        Button now = new Button(ui.text("backup.now"));
        now.setId("backupNowButton");
        now.disableProperty().bind(model.busyProperty());
        now.setOnAction(event -> model.backUpNow());

        ListView<BackupFile> list = new ListView<>(model.backups());
        list.setId("backupList");
        list.setPrefHeight(220);
        list.setMaxWidth(WIDTH);
        list.setPlaceholder(new Label(ui.text("backup.listEmpty")));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(BackupFile item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : model.describe(item) + "  " + item.file().getFileName());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((observed, was, chosen) -> model.selectedProperty().set(chosen));
        model.selectedProperty().addListener((observed, was, chosen) -> {
            if (chosen != list.getSelectionModel().getSelectedItem()) {
                list.getSelectionModel().select(chosen);
            }
        });
        Button browse = new Button(ui.text("backup.browse"));
        browse.setId("backupBrowseButton");
        browse.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(ui.text("backup.browse"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ui.text("backup.files"), "sitedesk-*.zip"));
            File start = new File(model.folderProperty().get().isBlank() ? "." : model.folderProperty().get());
            if (Files.isDirectory(start.toPath())) {
                chooser.setInitialDirectory(start);
            }
            File chosen = chooser.showOpenDialog(getScene().getWindow());
            if (chosen != null) {
                model.addFile(chosen.toPath());
            }
        });
        Button restore = new Button(ui.text("backup.restore"));
        restore.setId("restoreBackupButton");
        restore.getStyleClass().add(Styles.DANGER);
        restore.disableProperty().bind(model.busyProperty().or(Bindings.isNull(model.selectedProperty())));
        restore.setOnAction(event -> model.restoreSelected());
        HBox restoreButtons = new HBox(8, browse, restore);
        Label restoreHint = new Label(ui.text(model.restorable() ? "backup.restoreHint" : "backup.restoreInServer"));
        restoreHint.setWrapText(true);
        restoreHint.setMinHeight(Region.USE_PREF_SIZE);
        restoreHint.setMaxWidth(WIDTH);
        restoreHint.getStyleClass().add(Styles.TEXT_MUTED);

        Label message = new Label();
        message.setId("backupMessage");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.setMaxWidth(WIDTH);
        message.getStyleClass().add("form-message");
        message.textProperty().bind(model.messageProperty());
        // what a role may not do is not shown at all; the services refuse it anyway
        HBox actions = new HBox(8);
        if (model.mayChangeSettings()) {
            actions.getChildren().add(save);
        }
        if (model.mayBackUp()) {
            actions.getChildren().add(now);
        }
        getChildren().addAll(title, newest, form, actions, message, restoreHeading, restoreHint, list);
        if (model.mayRestore()) {
            getChildren().add(restoreButtons);
        }
        model.load();
    }
}
