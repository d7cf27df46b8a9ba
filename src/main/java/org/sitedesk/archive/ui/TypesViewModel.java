package org.sitedesk.archive.ui;

import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sitedesk.archive.ArchiveServices;
import org.sitedesk.archive.Checklist;
import org.sitedesk.archive.Confidentiality;
import org.sitedesk.archive.DocumentGroup;
import org.sitedesk.archive.DocumentType;
import org.sitedesk.archive.DocumentTypeDraft;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.ui.FormState;
import org.sitedesk.ui.UiContext;

/** 档案类型: the site's list of types; choosing one fills the form, saving changes it or adds a new one. */
public final class TypesViewModel {
    private final ObservableList<DocumentType> types = FXCollections.observableArrayList();
    private final ObjectProperty<DocumentType> editing = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<DocumentGroup> group = new SimpleObjectProperty<>(DocumentGroup.OWNER);
    private final StringProperty retention = new SimpleStringProperty("");
    private final ObjectProperty<Confidentiality> level = new SimpleObjectProperty<>(Confidentiality.SECRET);
    private final ObjectProperty<Checklist> checklist = new SimpleObjectProperty<>(Checklist.NO);
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final FormState form;
    private final ArchiveServices archive;
    private final Actor actor;
    private final UiContext ui;

    public TypesViewModel(ArchiveServices archive, Actor actor, UiContext ui) {
        this.archive = archive;
        this.actor = actor;
        this.ui = ui;
        this.form = new FormState(ui);
    }

    public void load() {
        form.run(progress -> archive.types().all(), types::setAll);
    }

    public void edit(DocumentType type) {
        editing.set(type);
        name.set(type.name());
        group.set(type.group());
        retention.set(type.retentionYears().map(String::valueOf).orElse(""));
        level.set(type.defaultLevel());
        checklist.set(type.checklist());
        active.set(type.active());
    }

    public void startNew() {
        editing.set(null);
        name.set("");
        retention.set("");
        active.set(true);
    }

    public void save() {
        Optional<Integer> years;
        try {
            years = retention.get().isBlank() ? Optional.empty() : Optional.of(Integer.parseInt(retention.get().trim()));
        } catch (NumberFormatException e) {
            form.showText(ui.format("error.archiveType.retention", "100"));
            return;
        }
        Optional<Long> id = Optional.ofNullable(editing.get()).map(DocumentType::id);
        DocumentTypeDraft draft = new DocumentTypeDraft(name.get(), group.get(), years, level.get(), checklist.get(), active.get());
        form.run(progress -> archive.types().save(actor, id, draft), saved -> {
            form.showText(ui.format("archiveScreen.typeSaved", saved.name()));
            editing.set(saved);
            load();
        });
    }

    public boolean mayEdit() {
        return actor.may(Permission.FILE_DOCUMENTS);
    }

    public String retentionOf(DocumentType type) {
        return type.retentionYears().map(years -> ui.format("archive.years", years)).orElse(ui.text("archive.permanent"));
    }

    public ObservableList<DocumentType> types() {
        return types;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<DocumentGroup> groupProperty() {
        return group;
    }

    public StringProperty retentionProperty() {
        return retention;
    }

    public ObjectProperty<Confidentiality> levelProperty() {
        return level;
    }

    public ObjectProperty<Checklist> checklistProperty() {
        return checklist;
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public StringProperty messageProperty() {
        return form.messageProperty();
    }
}
