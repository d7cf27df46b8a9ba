package org.sitedesk.lostfound.ui;

import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sitedesk.core.users.Actor;
import org.sitedesk.lostfound.DisposalWay;
import org.sitedesk.lostfound.FoundItem;
import org.sitedesk.lostfound.LostFoundServices;
import org.sitedesk.ui.FormState;
import org.sitedesk.ui.UiContext;

/** 处置 of the chosen item by a supervisor once its period is over (民法典 318): how, and a note. */
public final class DisposalViewModel {
    private final ObjectProperty<FoundItem> item = new SimpleObjectProperty<>();
    private final ObjectProperty<DisposalWay> way = new SimpleObjectProperty<>(DisposalWay.DONATED);
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty period = new SimpleStringProperty("");
    private final FormState form;
    private final LostFoundServices lostFound;
    private final Actor actor;
    private final UiContext ui;
    private final Consumer<String> changed;

    DisposalViewModel(LostFoundServices lostFound, Actor actor, UiContext ui, Consumer<String> changed) {
        this.lostFound = lostFound;
        this.actor = actor;
        this.ui = ui;
        this.changed = changed;
        this.form = new FormState(ui);
    }

    /** A new item chosen: says when its period ends, so nobody asks for a disposal the service will refuse. */
    void choose(FoundItem chosen) {
        item.set(chosen);
        note.set("");
        form.showText("");
        if (chosen == null) {
            period.set("");
        } else if (chosen.dueOn().isEmpty()) {
            period.set(ui.text("lostFound.disposal.noPeriod"));
        } else if (chosen.isDue(LocalDate.now(ui.clock()))) {
            period.set(ui.format("lostFound.disposal.dueSince", chosen.dueOn().get()));
        } else {
            period.set(ui.format("lostFound.disposal.dueFrom", chosen.dueOn().get()));
        }
    }

    public void save() {
        FoundItem chosen = item.get();
        if (chosen == null) {
            form.showMessage("error.lost.noItemsChosen");
            return;
        }
        DisposalWay how = way.get();
        String why = note.get();
        form.run(progress -> lostFound.disposals().dispose(actor, chosen.number(), how, why), disposed ->
                changed.accept(ui.format("lostFound.disposal.done", disposed.number(), ui.messages().get(how))));
    }

    public ObjectProperty<DisposalWay> wayProperty() {
        return way;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty periodProperty() {
        return period;
    }

    public StringProperty messageProperty() {
        return form.messageProperty();
    }

    public BooleanProperty busyProperty() {
        return form.busyProperty();
    }
}
