package org.sitedesk.backup.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sitedesk.backup.BackupService;
import org.sitedesk.backup.BackupStatus;
import org.sitedesk.backup.BackupStatus.BackupFile;
import org.sitedesk.core.settings.BackupSettingsService;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.ui.FormState;
import org.sitedesk.ui.UiContext;

/**
 * 备份与恢复: the newest backup with its size and age, the folder and days kept
 * (administrators), a backup now, and the backups in the folder to restore one from. The restore
 * itself is the window's: it closes this database first.
 */
public final class BackupViewModel {
    private static final DateTimeFormatter TAKEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final StringProperty folder = new SimpleStringProperty("");
    private final StringProperty keepDays = new SimpleStringProperty("");
    private final StringProperty newest = new SimpleStringProperty("");
    private final BooleanProperty stale = new SimpleBooleanProperty(false);
    private final ObservableList<BackupFile> backups = FXCollections.observableArrayList();
    private final ObjectProperty<BackupFile> selected = new SimpleObjectProperty<>();
    private final BackupService service;
    private final BackupSettingsService settings;
    private final boolean restorable;
    private final Actor actor;
    private final UiContext ui;
    private final Consumer<Path> restoreRequested;
    private final FormState form;

    /**
     * @param restorable whether this window can restore into its own database (an H2 file: a server
     *        database is restored into a new, empty one with {@code sitedesk restore})
     */
    public BackupViewModel(BackupService service, BackupSettingsService settings, boolean restorable, Actor actor,
            UiContext ui, Consumer<Path> restoreRequested) {
        this.service = service;
        this.settings = settings;
        this.restorable = restorable;
        this.actor = actor;
        this.ui = ui;
        this.restoreRequested = restoreRequested;
        this.form = new FormState(ui);
    }

    public void load() {
        form.run(progress -> service.status(), this::show);
    }

    public boolean mayChangeSettings() {
        return actor.may(Permission.EDIT_SITE_SETTINGS);
    }

    /** A backup holds every owner's personal data: the permission to export it (PIPL 51). */
    public boolean mayBackUp() {
        return actor.may(Permission.EXPORT_PERSONAL_DATA);
    }

    /** Replacing the whole database is the administrator's, and only for an H2 file this window has open. */
    public boolean mayRestore() {
        return restorable && actor.may(Permission.EDIT_SITE_SETTINGS);
    }

    public boolean restorable() {
        return restorable;
    }

    public void saveSettings() {
        String wantedFolder = folder.get();
        String wantedDays = keepDays.get();
        form.run(progress -> {
            settings.save(actor, wantedFolder, wantedDays);
            return service.status();
        }, status -> {
            show(status);
            form.showText(ui.format("backup.settingsSaved", status.settings().folder(), status.settings().keepDays()));
        });
    }

    public void backUpNow() {
        form.run(progress -> {
            BackupService.Backup taken = service.takeIntoSiteFolder(actor);
            return new Taken(taken, service.status());
        }, done -> {
            show(done.status());
            form.showText(ui.format("backup.taken", done.backup().file().getFileName(), size(done.backup().bytes())));
        });
    }

    /** Adds a backup from elsewhere (a USB stick) to the list, chosen. */
    public void addFile(Path file) {
        BackupService.describe(file).ifPresentOrElse(found -> {
            if (!backups.contains(found)) {
                backups.add(0, found);
            }
            selected.set(found);
        }, () -> form.showText(ui.format("backup.notBackupName", file.getFileName())));
    }

    public void restoreSelected() {
        BackupFile chosen = selected.get();
        if (chosen == null) {
            form.showMessage("backup.chooseOne");
            return;
        }
        if (!mayRestore()) {
            form.showMessage("backup.restoreInServer");
            return;
        }
        restoreRequested.accept(chosen.file());
    }

    /** How a backup reads in the list: when, how big, how long ago. */
    public String describe(BackupFile file) {
        return ui.format("backup.line", file.takenAt().format(TAKEN), size(file.bytes()), age(file.takenAt()));
    }

    private void show(BackupStatus status) {
        folder.set(status.settings().chosen() ? status.settings().folder().toString() : "");
        keepDays.set(Integer.toString(status.settings().keepDays()));
        backups.setAll(status.backups());
        selected.set(null);
        stale.set(status.stale(LocalDateTime.now(ui.clock())));
        newest.set(status.newest().map(found -> ui.format("backup.newest", describe(found), status.settings().folder()))
                .orElseGet(() -> ui.format("backup.none", status.settings().folder())));
    }

    private String size(long bytes) {
        return bytes >= 1024 * 1024 ? ui.format("backup.megabytes", bytes / (1024.0 * 1024.0))
                : ui.format("backup.kilobytes", Math.max(1, bytes / 1024));
    }

    private String age(LocalDateTime takenAt) {
        Duration since = Duration.between(takenAt, LocalDateTime.now(ui.clock()));
        if (since.toDays() >= 1) {
            return ui.format("backup.daysAgo", since.toDays());
        }
        if (since.toHours() >= 1) {
            return ui.format("backup.hoursAgo", since.toHours());
        }
        return ui.format("backup.minutesAgo", Math.max(0, since.toMinutes()));
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public StringProperty keepDaysProperty() {
        return keepDays;
    }

    public StringProperty newestProperty() {
        return newest;
    }

    public BooleanProperty staleProperty() {
        return stale;
    }

    public ObservableList<BackupFile> backups() {
        return backups;
    }

    public ObjectProperty<BackupFile> selectedProperty() {
        return selected;
    }

    public StringProperty messageProperty() {
        return form.messageProperty();
    }

    public BooleanProperty busyProperty() {
        return form.busyProperty();
    }

    private record Taken(BackupService.Backup backup, BackupStatus status) {
    }
}
