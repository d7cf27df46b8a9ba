package org.sitedesk.archive.ui;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.stage.Window;
import org.sitedesk.archive.ArchiveServices;
import org.sitedesk.archive.Box;
import org.sitedesk.archive.BoxDraft;
import org.sitedesk.archive.BoxLabels;
import org.sitedesk.archive.Cabinet;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.print.ui.PrintPreviews;
import org.sitedesk.ui.FormState;
import org.sitedesk.ui.UiContext;

/** 档案柜与档案盒: cabinets, boxes with their rooms and how full they are, a box's form, and the labels. */
public final class ShelvesViewModel {
    private final ObservableList<Cabinet> cabinets = FXCollections.observableArrayList();
    private final ObservableList<Box> boxes = FXCollections.observableArrayList();
    private final StringProperty cabinetCode = new SimpleStringProperty("");
    private final StringProperty cabinetPlace = new SimpleStringProperty("");
    private final StringProperty boxCode = new SimpleStringProperty("");
    private final ObjectProperty<Cabinet> boxCabinet = new SimpleObjectProperty<>();
    private final StringProperty category = new SimpleStringProperty("");
    private final StringProperty firstRoom = new SimpleStringProperty("");
    private final StringProperty lastRoom = new SimpleStringProperty("");
    private final FormState form;
    private final ArchiveServices archive;
    private final PrintPreviews printing;
    private final Actor actor;
    private final UiContext ui;

    public ShelvesViewModel(ArchiveServices archive, PrintPreviews printing, Actor actor, UiContext ui) {
        this.archive = archive;
        this.printing = printing;
        this.actor = actor;
        this.ui = ui;
        this.form = new FormState(ui);
        category.set(ui.text("documentGroup.owner"));
    }

    public void load() {
        form.run(progress -> new Loaded(archive.shelves().cabinets(), archive.shelves().boxes()), loaded -> {
            cabinets.setAll(loaded.cabinets());
            boxes.setAll(loaded.boxes());
            if (boxCabinet.get() == null && !cabinets.isEmpty()) {
                boxCabinet.set(cabinets.get(0));
            }
        });
    }

    public void addCabinet() {
        String code = cabinetCode.get();
        String place = cabinetPlace.get();
        form.run(progress -> archive.shelves().addCabinet(actor, code, place), added -> {
            cabinetCode.set("");
            cabinetPlace.set("");
            form.showText(ui.format("archiveScreen.cabinetAdded", added.code()));
            load();
        });
    }

    /** Adds the box, or changes the one with this number. */
    public void saveBox() {
        if (boxCabinet.get() == null) {
            form.showMessage("error.archiveCabinet.notFound");
            return;
        }
        BoxDraft draft = new BoxDraft(boxCode.get(), boxCabinet.get().id(), category.get(), firstRoom.get(), lastRoom.get());
        form.run(progress -> archive.shelves().saveBox(actor, draft), saved -> {
            form.showText(ui.format("archiveScreen.boxSaved", saved.code(), saved.range()));
            load();
        });
    }

    /** Fills the form with a box to change it. */
    public void edit(Box box) {
        boxCode.set(box.code());
        cabinets.stream().filter(cabinet -> cabinet.id() == box.cabinetId()).findFirst().ifPresent(boxCabinet::set);
        category.set(box.category());
        firstRoom.set(box.firstRoom().toString());
        lastRoom.set(box.lastRoom().toString());
    }

    public void printLabels(List<Box> chosen, Window owner) {
        if (chosen.isEmpty()) {
            form.showMessage("archiveScreen.chooseBoxes");
            return;
        }
        List<Box> labels = List.copyOf(chosen);
        printing.preview(owner, ui.text("print.labels.name"), stamp -> BoxLabels.of(labels, stamp, stamp.messages()));
    }

    public boolean mayEdit() {
        return actor.may(Permission.FILE_DOCUMENTS);
    }

    public ObservableList<Cabinet> cabinets() {
        return cabinets;
    }

    public ObservableList<Box> boxes() {
        return boxes;
    }

    public StringProperty cabinetCodeProperty() {
        return cabinetCode;
    }

    public StringProperty cabinetPlaceProperty() {
        return cabinetPlace;
    }

    public StringProperty boxCodeProperty() {
        return boxCode;
    }

    public ObjectProperty<Cabinet> boxCabinetProperty() {
        return boxCabinet;
    }

    public StringProperty categoryProperty() {
        return category;
    }

    public StringProperty firstRoomProperty() {
        return firstRoom;
    }

    public StringProperty lastRoomProperty() {
        return lastRoom;
    }

    public StringProperty messageProperty() {
        return form.messageProperty();
    }

    private record Loaded(List<Cabinet> cabinets, List<Box> boxes) {
    }
}
