package org.sitedesk.renovation.ui;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sitedesk.estate.HouseholdCard;
import org.sitedesk.renovation.Renovation;
import org.sitedesk.renovation.RenovationServices;
import org.sitedesk.ui.FormState;
import org.sitedesk.ui.UiContext;

/** The household card's 装修 tab: the unit's renovations, newest first, and the one chosen opened on the renovation page. */
public final class HouseholdRenovationsViewModel {
    private final ObservableList<Renovation> renovations = FXCollections.observableArrayList();
    private final ObjectProperty<Renovation> chosen = new SimpleObjectProperty<>();
    private final FormState form;
    private final RenovationServices renovation;
    private final UiContext ui;
    private final long unitId;
    private final Consumer<String> open;

    /** {@code open}: shows the renovation page with the application numbered so chosen. */
    public HouseholdRenovationsViewModel(RenovationServices renovation, UiContext ui, long unitId, Consumer<String> open) {
        this.renovation = renovation;
        this.ui = ui;
        this.unitId = unitId;
        this.open = open;
        this.form = new FormState(ui);
    }

    public void load() {
        form.run(progress -> renovation.lookup().ofUnit(unitId), found -> {
            renovations.setAll(found);
            form.showText(found.isEmpty() ? ui.text("renovation.card.none") : "");
        });
    }

    /** The card loaded again (after a change of owner, say): the list follows. */
    public void cardChanged(HouseholdCard card) {
        load();
    }

    public void openChosen() {
        if (chosen.get() != null) {
            open.accept(chosen.get().number());
        }
    }

    public ObservableList<Renovation> renovations() {
        return renovations;
    }

    public ObjectProperty<Renovation> chosenProperty() {
        return chosen;
    }

    public StringProperty messageProperty() {
        return form.messageProperty();
    }
}
