package org.sitedesk.archive.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.stage.Window;
import org.sitedesk.archive.ArchiveDocument;
import org.sitedesk.archive.ArchiveImport;
import org.sitedesk.archive.ArchiveServices;
import org.sitedesk.archive.Box;
import org.sitedesk.archive.CataloguePrintout;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.estate.ImportRefusedException;
import org.sitedesk.estate.files.Table;
import org.sitedesk.estate.files.TableReader;
import org.sitedesk.print.ui.PrintPreviews;
import org.sitedesk.ui.FormState;
import org.sitedesk.ui.UiContext;

/**
 * 档案登记簿: every document in shelf order, narrowed to a box or to what the text matches (number,
 * room, owner, type); the catalogue of a box or of all; import with every row checked first; export.
 */
public final class RegisterViewModel {
    private final ObservableList<ArchiveDocument> shown = FXCollections.observableArrayList();
    private final ObservableList<Box> boxes = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObjectProperty<Box> box = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty importReady = new SimpleBooleanProperty(false);
    private final FormState form;
    private final ArchiveServices archive;
    private final PrintPreviews printing;
    private final Actor actor;
    private final UiContext ui;
    private List<ArchiveDocument> all = List.of();
    private List<Table> checked = List.of();

    public RegisterViewModel(ArchiveServices archive, PrintPreviews printing, Actor actor, UiContext ui) {
        this.archive = archive;
        this.printing = printing;
        this.actor = actor;
        this.ui = ui;
        this.form = new FormState(ui);
        box.addListener((observable, old, chosen) -> narrow());
        text.addListener((observable, old, typed) -> narrow());
    }

    public void load() {
        form.run(progress -> new Loaded(archive.lookup().documents(actor), archive.shelves().boxes()), loaded -> {
            all = loaded.documents();
            boxes.setAll(loaded.boxes());
            narrow();
        });
    }

    private void narrow() {
        String wanted = text.get() == null ? "" : text.get().trim().toUpperCase(Locale.ROOT);
        Box chosen = box.get();
        shown.setAll(all.stream()
                .filter(document -> chosen == null || document.box().filter(ref -> ref.id() == chosen.id()).isPresent())
                .filter(document -> wanted.isEmpty() || document.fileNo().contains(wanted)
                        || document.room().toString().contains(wanted) || document.ownerNames().contains(wanted)
                        || document.typeName().contains(wanted))
                .toList());
        form.showText(ui.format("archiveScreen.count", shown.size(), all.size()));
    }

    /** 业主档案目录 of the chosen box, or of every box. */
    public void printCatalogue(Window owner) {
        Box chosen = box.get();
        LocalDate today = LocalDate.now(ui.clock());
        String title = chosen == null ? ui.text("print.catalogue.title")
                : ui.format("archiveScreen.catalogueOf", chosen.code());
        printing.preview(owner, title, stamp -> CataloguePrintout.of((chosen == null ? archive.shelves().boxes()
                : List.of(chosen)).stream().map(one -> new CataloguePrintout.BoxContents(one,
                        archive.lookup().inBox(actor, one.id()))).toList(), today, stamp, stamp.messages()));
    }

    /** Reads and checks the files, writing nothing: every problem listed, or what an import would add. */
    public void check(List<Path> files) {
        importReady.set(false);
        problems.clear();
        form.run(progress -> {
            List<Table> tables = files.stream().map(TableReader::read).toList();
            try {
                return new Check(tables, archive.imports().run(actor, tables, true), List.of());
            } catch (ImportRefusedException refused) {
                return new Check(tables, null, refused.problems().stream()
                        .map(problem -> problem.describe(ui.messages())).toList());
            }
        }, check -> {
            problems.setAll(check.problems());
            if (check.outcome() == null) {
                form.showText(ui.format("import.refused", check.problems().size()));
            } else {
                checked = check.tables();
                importReady.set(true);
                form.showText(ui.format("cli.import.documentsChecked", check.outcome().added(), check.outcome().skipped()));
            }
        });
    }

    public void importChecked() {
        List<Table> tables = checked;
        if (!importReady.get()) {
            return;
        }
        importReady.set(false);
        form.run(progress -> archive.imports().run(actor, tables, false), outcome -> {
            form.showText(ui.format("cli.import.documents", outcome.added(), outcome.skipped()));
            load();
        });
    }

    public void export(Path file) {
        form.run(progress -> archive.register().export(actor, file, LocalDate.now(ui.clock()), ui.messages()),
                rows -> form.showText(ui.format("cli.export.done", rows, file)));
    }

    public String statusOf(ArchiveDocument document) {
        return ui.messages().get(document.status(LocalDate.now(ui.clock())));
    }

    public boolean mayImport() {
        return actor.may(Permission.FILE_DOCUMENTS);
    }

    public boolean mayExport() {
        return actor.may(Permission.EXPORT_PERSONAL_DATA);
    }

    public ObservableList<ArchiveDocument> shown() {
        return shown;
    }

    public ObservableList<Box> boxes() {
        return boxes;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public ObjectProperty<Box> boxProperty() {
        return box;
    }

    public StringProperty textProperty() {
        return text;
    }

    public BooleanProperty importReadyProperty() {
        return importReady;
    }

    public StringProperty messageProperty() {
        return form.messageProperty();
    }

    private record Loaded(List<ArchiveDocument> documents, List<Box> boxes) {
    }

    private record Check(List<Table> tables, ArchiveImport.Outcome outcome, List<String> problems) {
    }
}
