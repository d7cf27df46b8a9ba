package org.sitedesk.estate.ui;

import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.estate.EstateService;
import org.sitedesk.estate.HouseholdCard;
import org.sitedesk.estate.HouseholdForm;
import org.sitedesk.estate.HouseholdService;
import org.sitedesk.estate.Occupancy;
import org.sitedesk.estate.OwnershipTransferRequest;
import org.sitedesk.estate.Person;
import org.sitedesk.estate.PersonDraft;
import org.sitedesk.estate.RevealedPerson;
import org.sitedesk.print.RenderedPrintout;
import org.sitedesk.print.ui.PrintPreviews;
import org.sitedesk.ui.FormState;
import org.sitedesk.ui.UiContext;
import org.sitedesk.ui.Work;

/** 住户卡: one unit's household, with the changes the counter makes to it. */
public final class HouseholdCardViewModel {
    private final ObjectProperty<HouseholdCard> card = new SimpleObjectProperty<>();
    private final ObjectProperty<Occupancy> occupancy = new SimpleObjectProperty<>();
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObservableMap<Long, RevealedPerson> revealed = FXCollections.observableHashMap();
    private final FormState form;
    private final HouseholdService households;
    private final EstateService estate;
    private final Actor actor;
    private final UiContext ui;
    private final long unitId;
    private final PrintPreviews printing;

    public HouseholdCardViewModel(HouseholdService households, EstateService estate, PrintPreviews printing, Actor actor,
            UiContext ui, long unitId) {
        this.households = households;
        this.estate = estate;
        this.printing = printing;
        this.actor = actor;
        this.ui = ui;
        this.unitId = unitId;
        this.form = new FormState(ui);
    }

    public void load() {
        form.run(progress -> households.card(unitId), this::show);
    }

    private void show(HouseholdCard loaded) {
        card.set(loaded);
        occupancy.set(loaded.unit().occupancy());
        notes.set(loaded.unit().notes());
    }

    public void saveUnit() {
        HouseholdCard current = card.get();
        Occupancy wanted = occupancy.get();
        String wantedNotes = notes.get();
        change(progress -> {
            estate.update(actor, unitId, current.unit().version(), wanted, wantedNotes);
            return households.card(unitId);
        }, "household.saved");
    }

    public void reveal(Person person) {
        form.run(progress -> households.reveal(actor, person.id()), clear -> revealed.put(person.id(), clear));
    }

    public void addPerson(PersonDraft draft, Runnable onAdded) {
        form.run(progress -> {
            households.addPerson(actor, unitId, draft);
            return households.card(unitId);
        }, loaded -> {
            show(loaded);
            form.showMessage("household.saved");
            onAdded.run();
        });
    }

    public void endPerson(Person person) {
        LocalDate today = LocalDate.now(ui.clock());
        if (!ui.dialogs().confirm(ui.format("household.endPerson.confirm", person.name(), today))) {
            return;
        }
        change(progress -> {
            households.endPerson(actor, person.id(), person.version(), today);
            return households.card(unitId);
        }, "household.saved");
    }

    public void addVehicle(String plate, String space, Runnable onAdded) {
        form.run(progress -> {
            households.addVehicle(actor, unitId, plate, space);
            return households.card(unitId);
        }, loaded -> {
            show(loaded);
            onAdded.run();
        });
    }

    public void addPet(String kind, String name, String licence, LocalDate vaccinated, Runnable onAdded) {
        form.run(progress -> {
            households.addPet(actor, unitId, kind, name, licence, vaccinated);
            return households.card(unitId);
        }, loaded -> {
            show(loaded);
            onAdded.run();
        });
    }

    public void transfer(OwnershipTransferRequest request, Consumer<HouseholdCard> onDone) {
        int version = card.get().unit().version();
        form.run(progress -> households.transferOwnership(actor, unitId, version, request), loaded -> {
            show(loaded);
            form.showMessage("household.transferred");
            onDone.accept(loaded);
        });
    }

    /** Fills the registration form in the background; the preview opens when it is ready. */
    public void printForm(Consumer<RenderedPrintout> preview) {
        HouseholdCard current = card.get();
        form.run(progress -> printing.render(ui.format("card.title", current.unit().room().toString()),
                stamp -> HouseholdForm.of(current, stamp, stamp.messages())), preview);
    }

    private void change(Work<HouseholdCard> work, String doneKey) {
        form.run(work, loaded -> {
            show(loaded);
            form.showMessage(doneKey);
        });
    }

    public PrintPreviews printing() {
        return printing;
    }

    public boolean mayEdit() {
        return actor.may(Permission.EDIT_HOUSEHOLDS);
    }

    public boolean mayReveal() {
        return actor.may(Permission.VIEW_PERSONAL_DATA);
    }

    public ObjectProperty<HouseholdCard> cardProperty() {
        return card;
    }

    public ObjectProperty<Occupancy> occupancyProperty() {
        return occupancy;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObservableMap<Long, RevealedPerson> revealed() {
        return revealed;
    }

    public StringProperty messageProperty() {
        return form.messageProperty();
    }

    public BooleanProperty busyProperty() {
        return form.busyProperty();
    }
}
