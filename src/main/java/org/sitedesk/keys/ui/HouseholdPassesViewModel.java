package org.sitedesk.keys.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.estate.EstateService;
import org.sitedesk.estate.HouseholdService;
import org.sitedesk.estate.Person;
import org.sitedesk.keys.KeyServices;
import org.sitedesk.keys.Pass;
import org.sitedesk.keys.PassType;
import org.sitedesk.print.ui.PrintPreviews;
import org.sitedesk.ui.FormState;
import org.sitedesk.ui.UiContext;

/** The household card's passes: the unit's passes and cards, 办证 for its people or an outsider, and the counter's actions. */
public final class HouseholdPassesViewModel {
    private final ObservableList<Pass> passes = FXCollections.observableArrayList();
    private Map<Long, Money> deposits = new HashMap<>();
    private final FormState form;
    private final KeyServices services;
    private final HouseholdService households;
    private final Actor actor;
    private final long unitId;
    private final PassActionsModel actions;
    private final IssuePassModel issuing;

    public HouseholdPassesViewModel(KeyServices services, EstateService units, HouseholdService households,
            PrintPreviews printing, Actor actor, UiContext ui, long unitId) {
        this.services = services;
        this.households = households;
        this.actor = actor;
        this.unitId = unitId;
        this.form = new FormState(ui);
        this.actions = new PassActionsModel(services, printing, actor, ui, form, this::reload);
        this.issuing = new IssuePassModel(services, units, actor, ui, form, this::reload, unitId);
    }

    public void load() {
        form.run(progress -> new Loaded(services.passTypes().active(), households.card(unitId).people().stream()
                .filter(Person::isCurrent).toList()), loaded -> {
                    issuing.showTypes(loaded.types());
                    issuing.showPeople(loaded.people());
                    reload();
                });
    }

    private void reload() {
        Pass wasChosen = actions.chosenProperty().get();
        form.run(progress -> {
            List<Pass> found = services.register().ofUnit(actor, unitId);
            return new Found(found, services.register().depositsHeld(found));
        }, found -> {
            deposits = found.deposits();
            passes.setAll(found.passes());
            actions.chosenProperty().set(wasChosen == null ? null
                    : found.passes().stream().filter(pass -> pass.id() == wasChosen.id()).findFirst().orElse(null));
        });
    }

    public ObservableList<Pass> passes() {
        return passes;
    }

    public Map<Long, Money> deposits() {
        return deposits;
    }

    public PassActionsModel actions() {
        return actions;
    }

    public IssuePassModel issuing() {
        return issuing;
    }

    public StringProperty messageProperty() {
        return form.messageProperty();
    }

    private record Loaded(List<PassType> types, List<Person> people) {
    }

    private record Found(List<Pass> passes, Map<Long, Money> deposits) {
    }
}
