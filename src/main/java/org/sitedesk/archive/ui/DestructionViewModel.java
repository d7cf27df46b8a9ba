package org.sitedesk.archive.ui;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.stage.Window;
import org.sitedesk.archive.ArchiveDocument;
import org.sitedesk.archive.ArchiveServices;
import org.sitedesk.archive.Destruction;
import org.sitedesk.archive.DestructionRequest;
import org.sitedesk.archive.RegisterPrintouts;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.print.ui.PrintPreviews;
import org.sitedesk.ui.FormState;
import org.sitedesk.ui.UiContext;

/** 销毁: documents past their retention, destroying the chosen one with a witness, and the destruction register. */
public final class DestructionViewModel {
    private final ObservableList<ArchiveDocument> due = FXCollections.observableArrayList();
    private final ObservableList<Destruction> destroyed = FXCollections.observableArrayList();
    private final ObjectProperty<ArchiveDocument> selected = new SimpleObjectProperty<>();
    private final StringProperty witness = new SimpleStringProperty("");
    private final StringProperty method = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> on = new SimpleObjectProperty<>();
    private final FormState form;
    private final ArchiveServices archive;
    private final PrintPreviews printing;
    private final Actor actor;
    private final UiContext ui;

    public DestructionViewModel(ArchiveServices archive, PrintPreviews printing, Actor actor, UiContext ui) {
        this.archive = archive;
        this.printing = printing;
        this.actor = actor;
        this.ui = ui;
        this.form = new FormState(ui);
        on.set(LocalDate.now(ui.clock()));
        method.set(ui.text("archiveScreen.defaultMethod"));
        reason.set(ui.text("archiveScreen.defaultReason"));
    }

    public void load() {
        LocalDate today = LocalDate.now(ui.clock());
        form.run(progress -> new Loaded(archive.destructions().due(actor, today), archive.destructions().register(actor)),
                loaded -> {
                    due.setAll(loaded.due());
                    destroyed.setAll(loaded.destroyed());
                    form.showText(ui.format("archiveScreen.dueCount", loaded.due().size(), loaded.destroyed().size()));
                });
    }

    public void destroy() {
        ArchiveDocument document = selected.get();
        if (document == null) {
            form.showMessage("archiveTab.chooseDocument");
            return;
        }
        DestructionRequest request = new DestructionRequest(witness.get(), method.get(), reason.get(), on.get());
        form.run(progress -> archive.destructions().destroy(actor, document.id(), request), done -> {
            witness.set("");
            load();
            form.showText(ui.format("cli.archive.destroyed", done.fileNo(), done.destroyedOn(), done.method(), done.witness(),
                    done.scansDeleted()));
        });
    }

    public void printRegister(Window owner) {
        List<Destruction> lines = List.copyOf(destroyed);
        printing.preview(owner, ui.text("print.destructions.title"),
                stamp -> RegisterPrintouts.destructions(lines, stamp, stamp.messages()));
    }

    public boolean mayDestroy() {
        return actor.may(Permission.APPROVE_DESTRUCTION);
    }

    public ObservableList<ArchiveDocument> due() {
        return due;
    }

    public ObservableList<Destruction> destroyed() {
        return destroyed;
    }

    public ObjectProperty<ArchiveDocument> selectedProperty() {
        return selected;
    }

    public StringProperty witnessProperty() {
        return witness;
    }

    public StringProperty methodProperty() {
        return method;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ObjectProperty<LocalDate> onProperty() {
        return on;
    }

    public StringProperty messageProperty() {
        return form.messageProperty();
    }

    private record Loaded(List<ArchiveDocument> due, List<Destruction> destroyed) {
    }
}
