package org.sitedesk.estate.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sitedesk.core.users.Actor;
import org.sitedesk.estate.EstateExport;
import org.sitedesk.estate.EstateImport;
import org.sitedesk.estate.EstateImportFiles;
import org.sitedesk.estate.HouseholdFinder;
import org.sitedesk.estate.ImportOutcome;
import org.sitedesk.estate.ImportRefusedException;
import org.sitedesk.estate.files.EstateFileReader;
import org.sitedesk.estate.files.FileProblem;
import org.sitedesk.estate.files.TableReader;
import org.sitedesk.ui.FormState;
import org.sitedesk.ui.UiContext;

/**
 * 导入导出: choose files, see every row and every problem before anything is written, then
 * import in the background with progress. Exports write the same formats.
 */
public final class ImportViewModel {
    private final StringProperty files = new SimpleStringProperty("");
    private final ObservableList<PreviewRow> preview = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final BooleanProperty ready = new SimpleBooleanProperty(false);
    private final FormState form;
    private final EstateImport estateImport;
    private final EstateExport export;
    private final HouseholdFinder finder;
    private final Actor actor;
    private final UiContext ui;
    private EstateImportFiles checked;

    public ImportViewModel(EstateImport estateImport, EstateExport export, HouseholdFinder finder, Actor actor,
            UiContext ui) {
        this.estateImport = estateImport;
        this.export = export;
        this.finder = finder;
        this.actor = actor;
        this.ui = ui;
        this.form = new FormState(ui);
        files.addListener((observable, old, now) -> ready.set(false));
    }

    /** Reads and checks the files, and checks them against the database, writing nothing. */
    public void check() {
        List<Path> paths = paths();
        if (paths.isEmpty()) {
            form.showMessage("importScreen.chooseFiles");
            return;
        }
        ready.set(false);
        preview.clear();
        problems.clear();
        LocalDate today = LocalDate.now(ui.clock());
        form.run(progress -> {
            EstateImportFiles read = EstateFileReader.read(paths.stream().map(TableReader::read).toList(), today);
            try {
                return new Check(read, estateImport.run(actor, read, true, progress), List.of());
            } catch (ImportRefusedException refused) {
                return new Check(read, null, refused.problems());
            }
        }, this::showCheck);
    }

    private void showCheck(Check check) {
        checked = check.files();
        List<PreviewRow> rows = new ArrayList<>();
        check.files().units().forEach(line -> rows.add(PreviewRow.of(line, ui)));
        check.files().owners().forEach(line -> rows.add(PreviewRow.ofOwner(line, ui)));
        preview.setAll(rows);
        problems.setAll(check.problems().stream().map(problem -> problem.describe(ui.messages())).toList());
        if (check.outcome() == null) {
            form.showText(ui.format("import.refused", check.problems().size()));
        } else {
            ready.set(true);
            form.showText(ui.format("importScreen.checked", check.outcome().unitsAdded(), check.outcome().unitsSkipped(),
                    check.outcome().ownersAdded(), check.outcome().ownersSkipped()));
        }
    }

    /** Writes what was checked; the database is checked again inside the same transaction. */
    public void importChecked() {
        EstateImportFiles toImport = checked;
        if (toImport == null || !ready.get()) {
            return;
        }
        ready.set(false);
        form.run(progress -> {
            ImportOutcome outcome = estateImport.run(actor, toImport, false, progress);
            finder.reload();
            return outcome;
        }, outcome -> form.showText(ui.format("cli.import.done", outcome.unitsAdded(), outcome.unitsSkipped(),
                outcome.ownersAdded(), outcome.ownersSkipped())));
    }

    public void exportUnits(Path file) {
        form.run(progress -> export.exportUnits(file), rows -> form.showText(ui.format("cli.export.done", rows, file)));
    }

    public void exportOwners(Path file) {
        form.run(progress -> export.exportOwners(actor, file), rows -> form.showText(ui.format("cli.export.done", rows, file)));
    }

    private List<Path> paths() {
        return Arrays.stream(files.get().split("[;\\n]")).map(String::trim).filter(text -> !text.isEmpty())
                .map(Path::of).toList();
    }

    public void choose(List<Path> chosen) {
        files.set(String.join("; ", chosen.stream().map(Path::toString).toList()));
    }

    public StringProperty filesProperty() {
        return files;
    }

    public ObservableList<PreviewRow> preview() {
        return preview;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public BooleanProperty readyProperty() {
        return ready;
    }

    public StringProperty messageProperty() {
        return form.messageProperty();
    }

    public BooleanProperty busyProperty() {
        return form.busyProperty();
    }

    /** What a check found: the rows read, and either the outcome it would have or the problems. */
    private record Check(EstateImportFiles files, ImportOutcome outcome, List<FileProblem> problems) {
    }
}
