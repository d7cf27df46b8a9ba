package org.sitedesk.keys.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.stage.Window;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.users.Actor;
import org.sitedesk.estate.HouseholdService;
import org.sitedesk.estate.Person;
import org.sitedesk.keys.CabinetKey;
import org.sitedesk.keys.KeyEvent;
import org.sitedesk.keys.KeyHandover;
import org.sitedesk.keys.KeyHandoverForm;
import org.sitedesk.keys.KeyServices;
import org.sitedesk.keys.KeyState;
import org.sitedesk.print.ui.PrintPreviews;
import org.sitedesk.ui.FormState;
import org.sitedesk.ui.UiContext;

/**
 * The household card's keys: the unit's keys wherever they are, what happened to them (an opened
 * sealed envelope shows here with its reason), and 交房: each key counted out to the new owner, the
 * handover form printed.
 */
public final class HouseholdKeysViewModel {
    private final ObservableList<CabinetKey> keys = FXCollections.observableArrayList();
    private final ObservableList<KeyEvent> events = FXCollections.observableArrayList();
    private final Map<Long, StringProperty> counts = new LinkedHashMap<>();
    private final StringProperty receivedBy = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final FormState form;
    private final KeyServices services;
    private final HouseholdService households;
    private final PrintPreviews printing;
    private final Actor actor;
    private final UiContext ui;
    private final long unitId;

    public HouseholdKeysViewModel(KeyServices services, HouseholdService households, PrintPreviews printing, Actor actor,
            UiContext ui, long unitId) {
        this.services = services;
        this.households = households;
        this.printing = printing;
        this.actor = actor;
        this.ui = ui;
        this.unitId = unitId;
        this.form = new FormState(ui);
    }

    public void load() {
        form.run(progress -> new Loaded(services.lookup().ofUnit(actor, unitId), services.lookup().historyOfUnit(actor, unitId),
                households.card(unitId).currentOwners()), this::show);
    }

    private void show(Loaded loaded) {
        counts.clear();
        loaded.keys().stream().filter(key -> key.state() == KeyState.IN_CABINET)
                .forEach(key -> counts.put(key.id(), new SimpleStringProperty(Integer.toString(key.copies()))));
        keys.setAll(loaded.keys());
        events.setAll(loaded.events());
        if (receivedBy.get().isEmpty()) {
            receivedBy.set(loaded.owners().stream().map(Person::name).collect(Collectors.joining("、")));
        }
    }

    /** 交房: every key on its hook counted out to the name given; the form opens in the preview. */
    public void handOver(Window owner) {
        Map<Long, Integer> counted = new LinkedHashMap<>();
        try {
            counts.forEach((key, count) -> counted.put(key, Integer.parseInt(count.get().trim())));
        } catch (NumberFormatException e) {
            form.showText(ui.format("error.handover.count", "", 99));
            return;
        }
        if (!ui.dialogs().confirm(ui.format("keys.handoverConfirm", counted.size(), receivedBy.get()))) {
            return;
        }
        String receiver = receivedBy.get();
        String remark = note.get();
        form.run(progress -> {
            KeyHandover handover = services.handovers().handOver(actor, unitId, receiver, counted, remark);
            return new HandedOver(handover, new Loaded(services.lookup().ofUnit(actor, unitId),
                    services.lookup().historyOfUnit(actor, unitId), List.of()));
        }, done -> {
            show(done.loaded());
            form.showText(ui.format("keys.handedOver", done.handover().keys().size(), done.handover().receivedBy()));
            print(done.handover(), owner);
        });
    }

    /** The unit's last handover form again (a lost copy, a second signature). */
    public void reprint(Window owner) {
        form.run(progress -> services.handovers().latest(unitId)
                .orElseThrow(() -> new UserFacingException("keys.noHandover")), handover -> print(handover, owner));
    }

    private void print(KeyHandover handover, Window owner) {
        printing.preview(owner, ui.format("keys.handoverTitle", handover.room()),
                stamp -> KeyHandoverForm.of(handover, stamp, stamp.messages(), ui.clock().getZone()));
    }

    public ObservableList<CabinetKey> keys() {
        return keys;
    }

    public ObservableList<KeyEvent> events() {
        return events;
    }

    /** The count typed for each key still in the cabinet, by key id. */
    public Map<Long, StringProperty> counts() {
        return counts;
    }

    public StringProperty receivedByProperty() {
        return receivedBy;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty messageProperty() {
        return form.messageProperty();
    }

    public BooleanProperty busyProperty() {
        return form.busyProperty();
    }

    String time(java.time.Instant instant) {
        return instant.atZone(ui.clock().getZone()).format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }

    private record Loaded(List<CabinetKey> keys, List<KeyEvent> events, List<Person> owners) {
    }

    private record HandedOver(KeyHandover handover, Loaded loaded) {
    }
}
