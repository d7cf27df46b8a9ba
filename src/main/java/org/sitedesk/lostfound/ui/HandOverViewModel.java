package org.sitedesk.lostfound.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.stage.Window;
import org.sitedesk.core.users.Actor;
import org.sitedesk.lostfound.FoundItem;
import org.sitedesk.lostfound.HandOverDraft;
import org.sitedesk.lostfound.LostFoundServices;
import org.sitedesk.ui.FormState;
import org.sitedesk.ui.UiContext;

/** 移交派出所 of the chosen items together: station, officer's name and number, day; the list opens for the officer to sign. */
public final class HandOverViewModel {
    private final StringProperty station = new SimpleStringProperty("");
    private final StringProperty officer = new SimpleStringProperty("");
    private final StringProperty officerNumber = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final FormState form;
    private final LostFoundServices lostFound;
    private final ItemPrintouts printouts;
    private final Actor actor;
    private final UiContext ui;
    private final Consumer<String> changed;

    HandOverViewModel(LostFoundServices lostFound, ItemPrintouts printouts, Actor actor, UiContext ui, Consumer<String> changed) {
        this.lostFound = lostFound;
        this.printouts = printouts;
        this.actor = actor;
        this.ui = ui;
        this.changed = changed;
        this.form = new FormState(ui);
        day.set(LocalDate.now(ui.clock()));
    }

    public void save(List<FoundItem> chosen, Window owner) {
        if (chosen.isEmpty()) {
            form.showMessage("error.lost.noItemsChosen");
            return;
        }
        List<String> numbers = chosen.stream().map(FoundItem::number).toList();
        HandOverDraft draft = new HandOverDraft(station.get(), officer.get(), officerNumber.get(), day.get());
        form.run(progress -> lostFound.handOvers().handOver(actor, numbers, draft), handed -> {
            printouts.handOverList(handed.get(0), owner);
            form.showText("");
            changed.accept(ui.format("lostFound.handOver.done", handed.size(), handed.get(0).handOver().orElseThrow().station()));
        });
    }

    public StringProperty stationProperty() {
        return station;
    }

    public StringProperty officerProperty() {
        return officer;
    }

    public StringProperty officerNumberProperty() {
        return officerNumber;
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public StringProperty messageProperty() {
        return form.messageProperty();
    }

    public BooleanProperty busyProperty() {
        return form.busyProperty();
    }
}
